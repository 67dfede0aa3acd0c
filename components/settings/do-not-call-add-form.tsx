"use client";

import { useState } from "react";
import { addDoNotCallAction } from "@/app/(dashboard)/settings/do-not-call-actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { applyFieldErrors, useZodForm } from "@/components/ui/use-zod-form";
import { formatPhone } from "@/lib/phone";
import { addDoNotCallSchema } from "@/lib/validation/do-not-call";

/** Adds a number that asked not to be called outside a call (a letter, an email, the front desk). */
export function DoNotCallAddForm() {
  const form = useZodForm(addDoNotCallSchema, { defaultValues: { phone: "", reason: "" } });
  const [added, setAdded] = useState<string | null>(null);
  const onSubmit = form.handleSubmit(async (values) => {
    setAdded(null);
    const res = await addDoNotCallAction(values);
    if (res.ok) {
      form.reset({ phone: "", reason: "" });
      setAdded(formatPhone(res.data.phone));
    } else applyFieldErrors(form, res.fieldErrors ?? { phone: res.error });
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add a number to the register" className="flex flex-wrap items-end gap-2">
      <Field label="Phone number" error={form.formState.errors.phone?.message} className="w-48">
        {(c) => <Input {...c} type="tel" {...form.register("phone")} />}
      </Field>
      <Field label="Reason" error={form.formState.errors.reason?.message} className="min-w-56 flex-1">
        {(c) => <Input {...c} {...form.register("reason")} placeholder="e.g. Asked by letter on Dec 2" />}
      </Field>
      <Button type="submit" variant="danger" pending={form.formState.isSubmitting}>
        Add to register
      </Button>
      {added && (
        <span role="status" className="w-full text-xs text-emerald-700 dark:text-emerald-300">
          {added} added
        </span>
      )}
    </form>
  );
}
