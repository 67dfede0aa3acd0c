"use client";

import { useEffect, useRef, useState } from "react";
import { dismissMissedCallAction } from "@/app/(dashboard)/missed/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { applyFieldErrors, useZodForm } from "@/components/ui/use-zod-form";
import { dismissMissedCallSchema } from "@/lib/validation/missed-call";

/** Closing a missed call without calling back needs a reason; it is kept in the audit log. */
export function DismissDialog({
  missedCallId,
  caller,
  onClose,
  onDismissed,
}: {
  missedCallId: string;
  caller: string;
  onClose: () => void;
  onDismissed: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string | null>(null);
  const form = useZodForm(dismissMissedCallSchema, { defaultValues: { missedCallId, reason: "" } });
  const { register, formState, handleSubmit } = form;

  // A modal <dialog> traps focus, closes on Escape and returns focus to the opener by itself.
  useEffect(() => {
    const dialog = ref.current;
    dialog?.showModal();
    return () => dialog?.close();
  }, []);

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    try {
      const res = await dismissMissedCallAction(values);
      if (res.ok) {
        // Close first: the dialog hands focus back to "Dismiss" as it closes, and only then may
        // onDismissed move it on (after a later close it would land on the row that is going).
        ref.current?.close();
        onDismissed();
        return onClose();
      }
      if (res.fieldErrors) applyFieldErrors(form, res.fieldErrors);
      setError(res.error);
    } catch {
      setError("Could not reach the server. Try again.");
    }
  });

  return (
    <dialog
      ref={ref}
      aria-labelledby={`dismiss-${missedCallId}`}
      onClose={onClose}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white p-0 text-left text-slate-900 shadow-xl backdrop:bg-slate-900/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <form noValidate onSubmit={onSubmit} className="flex flex-col gap-4 p-4">
        <h2 id={`dismiss-${missedCallId}`} className="text-base font-semibold">
          Dismiss {caller}’s missed call?
        </h2>
        <Field
          label="Reason"
          required
          error={formState.errors.reason?.message}
          hint="For example: spam, wrong number, they called again and were helped."
        >
          {(c) => <Textarea {...c} rows={3} autoFocus {...register("reason")} />}
        </Field>
        {error && (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            {error}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" variant="danger" pending={formState.isSubmitting}>
            Dismiss missed call
          </Button>
        </div>
      </form>
    </dialog>
  );
}
