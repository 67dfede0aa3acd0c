"use client";

import { useState } from "react";
import { resolveAttentionAction } from "@/app/(dashboard)/attention/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { applyFieldErrors, useZodForm } from "@/components/ui/use-zod-form";
import { resolveAttentionSchema } from "@/lib/validation/review";

/** "Resolve" opens a one-line note; the item leaves the list when the page refreshes. */
export function ResolveItem({ itemId, describedBy }: { itemId: string; describedBy: string }) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const form = useZodForm(resolveAttentionSchema, { defaultValues: { itemId, note: "" } });
  const { register, handleSubmit, formState } = form;

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    try {
      const res = await resolveAttentionAction(values);
      if (res.ok) return setOpen(false);
      if (res.fieldErrors) applyFieldErrors(form, res.fieldErrors);
      setError(res.error);
    } catch {
      setError("Could not reach the server. Try again.");
    }
  });

  if (!open) {
    return (
      <Button size="sm" aria-describedby={describedBy} aria-expanded={false} onClick={() => setOpen(true)}>
        Resolve
      </Button>
    );
  }
  return (
    <form
      noValidate
      onSubmit={onSubmit}
      aria-describedby={describedBy}
      aria-label="Resolve item"
      className="flex w-full flex-col gap-2 sm:w-80"
    >
      <Field
        label="Resolution note"
        required
        error={formState.errors.note?.message}
        hint="What was done, in a few words. Kept in the call’s audit trail."
      >
        {(c) => <Input {...c} autoFocus maxLength={500} {...register("note")} />}
      </Field>
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      <div className="flex gap-2">
        <Button type="submit" size="sm" variant="primary" pending={formState.isSubmitting}>
          Mark resolved
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
