"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { saveCustomerAction } from "@/app/(dashboard)/customers/actions";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { applyFieldErrors, useZodForm } from "@/components/ui/use-zod-form";
import { duplicateOf } from "@/lib/customers/duplicate-code";
import { customerSchema, type CustomerValues } from "@/lib/validation/customer";

/** Create (no id) or edit a customer. A number another customer has is flagged with a link first. */
export function CustomerForm({ initial }: { initial: CustomerValues }) {
  const router = useRouter();
  const form = useZodForm(customerSchema, { defaultValues: initial });
  const [error, setError] = useState<string | null>(null);
  const [duplicate, setDuplicate] = useState<{ id: string; message: string } | null>(null);
  const errors = form.formState.errors;
  // A changed number must be checked for duplicates again.
  const numberChanged = () => {
    setDuplicate(null);
    form.setValue("allowDuplicatePhone", false);
  };
  const onSubmit = form.handleSubmit(async () => {
    setError(null);
    // The action parses the typed values itself (blank fields become null there).
    const res = await saveCustomerAction(form.getValues());
    if (res.ok) {
      router.push(`/customers/${res.data.id}`);
      return;
    }
    const dupId = duplicateOf(res.code);
    if (dupId) {
      setDuplicate({ id: dupId, message: res.error });
      form.setValue("allowDuplicatePhone", true);
      return;
    }
    if (res.fieldErrors) applyFieldErrors(form, res.fieldErrors);
    setError(res.error);
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={initial.id ? "Edit customer" : "New customer"} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Name" required error={errors.name?.message}>
          {(c) => <Input {...c} autoComplete="off" {...form.register("name")} />}
        </Field>
        <Field label="Preferred name" error={errors.preferredName?.message} hint="What the assistant calls them">
          {(c) => <Input {...c} autoComplete="off" {...form.register("preferredName")} />}
        </Field>
        <Field label="Phone" required error={errors.phone?.message} hint="Any format; US numbers need no +1">
          {(c) => <Input {...c} type="tel" {...form.register("phone", { onChange: numberChanged })} />}
        </Field>
        <Field label="Email" error={errors.email?.message}>
          {(c) => <Input {...c} type="email" {...form.register("email")} />}
        </Field>
        <Field label="Address" error={errors.address?.message} className="sm:col-span-2">
          {(c) => <Input {...c} {...form.register("address")} />}
        </Field>
        <Field label="Notes" error={errors.notes?.message} className="sm:col-span-2">
          {(c) => <Textarea {...c} {...form.register("notes")} />}
        </Field>
      </div>
      <Checkbox label="Verified" hint="Someone confirmed who this is" {...form.register("verified")} />
      {duplicate && (
        <div
          role="alert"
          className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
        >
          {duplicate.message}{" "}
          <Link href={`/customers/${duplicate.id}`} className="font-medium underline underline-offset-2">
            Open the existing customer
          </Link>
          , or save again to keep both.
        </div>
      )}
      {error && !duplicate && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      <div className="flex gap-2">
        <Button type="submit" variant="primary" pending={form.formState.isSubmitting}>
          {duplicate ? "Save anyway" : "Save customer"}
        </Button>
        <Link
          href={initial.id ? `/customers/${initial.id}` : "/customers"}
          className="inline-flex h-9 items-center px-3 text-sm text-slate-600 hover:underline"
        >
          Cancel
        </Link>
      </div>
    </form>
  );
}
