"use client";

import { useState } from "react";
import { addCustomerNoteAction } from "@/app/(dashboard)/customers/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { applyFieldErrors, useZodForm } from "@/components/ui/use-zod-form";
import { customerNoteSchema } from "@/lib/validation/customer";

export function CustomerNoteForm({ customerId }: { customerId: string }) {
  const form = useZodForm(customerNoteSchema, { defaultValues: { customerId, body: "" } });
  const [error, setError] = useState<string | null>(null);
  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const res = await addCustomerNoteAction(values);
    if (res.ok) form.reset({ customerId, body: "" });
    else if (res.fieldErrors) applyFieldErrors(form, res.fieldErrors);
    else setError(res.error);
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add a note" className="flex flex-wrap items-end gap-2">
      <Field label="Note" error={form.formState.errors.body?.message} className="min-w-64 flex-1">
        {(c) => <Textarea {...c} rows={2} {...form.register("body")} placeholder="e.g. Prefers calls after 5 pm; gate code 1234" />}
      </Field>
      <Button type="submit" pending={form.formState.isSubmitting}>
        Add note
      </Button>
      {error && (
        <p role="alert" className="w-full text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </form>
  );
}
