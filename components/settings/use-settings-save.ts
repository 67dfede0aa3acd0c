"use client";
import { useState } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { applyFieldErrors } from "@/components/ui/use-zod-form";
import type { ActionResult } from "@/lib/actions/result";

export type SaveStatus = { kind: "saved" | "error"; message: string } | null;

/** Submits a settings form through its action; field errors land on the fields, the rest in a status line. */
export function useSettingsSave<TIn extends FieldValues, TOut>(
  form: UseFormReturn<TIn, unknown, TOut>,
  action: (values: TOut) => Promise<ActionResult<unknown>>,
) {
  const [status, setStatus] = useState<SaveStatus>(null);
  const onSubmit = form.handleSubmit(async (values) => {
    setStatus(null);
    try {
      const res = await action(values);
      if (res.ok) {
        // The saved values become the new baseline, so "unsaved changes" means what it says.
        form.reset(form.getValues());
        setStatus({ kind: "saved", message: "Saved." });
      } else {
        if (res.fieldErrors) applyFieldErrors(form, res.fieldErrors);
        setStatus({ kind: "error", message: res.error });
      }
    } catch {
      setStatus({ kind: "error", message: "Could not reach the server. Check your connection and try again." });
    }
  });
  return { onSubmit, status };
}
