"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { createLeadAction } from "@/app/(dashboard)/leads/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { applyFieldErrors, useZodForm } from "@/components/ui/use-zod-form";
import { manualLeadSchema } from "@/lib/validation/lead";

export function LeadForm() {
  const router = useRouter();
  // Minted once per form: a double submit stores one lead.
  const [requestKey] = useState(() => crypto.randomUUID());
  const form = useZodForm(manualLeadSchema, {
    defaultValues: { requestKey, name: "", phone: "", email: "", address: "", service_requested: "", source: "phone", notes: "" },
  });
  const [error, setError] = useState<string | null>(null);
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit(async () => {
    setError(null);
    try {
      const res = await createLeadAction(form.getValues());
      if (res.ok) return router.push("/leads");
      if (res.fieldErrors) applyFieldErrors(form, res.fieldErrors);
      setError(res.error);
    } catch {
      setError("Could not reach the server. Try again.");
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="New lead" className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Name" required error={errors.name?.message}>
          {(c) => <Input {...c} autoComplete="off" {...form.register("name")} />}
        </Field>
        <Field label="Phone" required error={errors.phone?.message} hint="Any format; US numbers need no +1">
          {(c) => <Input {...c} type="tel" {...form.register("phone")} />}
        </Field>
        <Field label="Email" error={errors.email?.message}>
          {(c) => <Input {...c} type="email" {...form.register("email")} />}
        </Field>
        <Field label="Source" error={errors.source?.message} hint="Where the lead came from">
          {(c) => <Input {...c} {...form.register("source")} />}
        </Field>
        <Field label="Service requested" error={errors.service_requested?.message} className="sm:col-span-2">
          {(c) => <Input {...c} {...form.register("service_requested")} />}
        </Field>
        <Field label="Address" error={errors.address?.message} className="sm:col-span-2">
          {(c) => <Input {...c} {...form.register("address")} />}
        </Field>
        <Field label="Notes" error={errors.notes?.message} className="sm:col-span-2">
          {(c) => <Textarea {...c} {...form.register("notes")} />}
        </Field>
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      <div className="flex gap-2">
        <Button type="submit" variant="primary" pending={form.formState.isSubmitting}>
          Add lead and call
        </Button>
        <Link href="/leads" className="inline-flex h-9 items-center px-3 text-sm text-slate-600 hover:underline dark:text-slate-300">
          Cancel
        </Link>
      </div>
    </form>
  );
}
