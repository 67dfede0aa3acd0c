"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { mergeCustomersAction } from "@/app/(dashboard)/customers/actions";
import { Button } from "@/components/ui/button";
import { useZodForm } from "@/components/ui/use-zod-form";
import { mergeCustomersSchema } from "@/lib/validation/customer";

type Side = { id: string; label: string };

/** Two records side by side (drawn by the page); here only the choice of which one stays. */
export function MergeCustomersForm({ a, b }: { a: Side; b: Side }) {
  const router = useRouter();
  const form = useZodForm(mergeCustomersSchema, { defaultValues: { survivorId: a.id, mergedId: b.id } });
  const [error, setError] = useState<string | null>(null);
  const survivorId = form.watch("survivorId");
  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const res = await mergeCustomersAction(values);
    if (res.ok) router.push(`/customers/${res.data.id}`);
    else setError(res.error);
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Merge customers" className="space-y-3">
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">Keep which record?</legend>
        {[a, b].map((side) => (
          <label key={side.id} className="flex items-center gap-2 text-sm text-slate-800 dark:text-slate-200">
            <input
              type="radio"
              name="survivor"
              value={side.id}
              checked={survivorId === side.id}
              onChange={() => {
                form.setValue("survivorId", side.id);
                form.setValue("mergedId", side.id === a.id ? b.id : a.id);
              }}
              className="size-4"
            />
            {side.label}
          </label>
        ))}
      </fieldset>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        The other record&apos;s calls, missed calls, callbacks, appointments, notes and do-not-call history move to the one you keep. Its
        links will open the kept record. This cannot be undone here.
      </p>
      <Button type="submit" variant="danger" pending={form.formState.isSubmitting}>
        Merge customers
      </Button>
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </form>
  );
}
