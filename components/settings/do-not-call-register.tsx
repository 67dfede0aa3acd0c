"use client";

import { useState } from "react";
import { formatMediumDateTime } from "@/lib/format/time";
import { annotateDoNotCallAction } from "@/app/(dashboard)/settings/do-not-call-actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { applyFieldErrors, useZodForm } from "@/components/ui/use-zod-form";
import { formatPhone } from "@/lib/phone";
import { annotateDoNotCallSchema } from "@/lib/validation/do-not-call";

export type DoNotCallRow = {
  id: string;
  phone: string;
  customerName: string | null;
  source: string;
  reason: string | null;
  createdAt: string;
  annotations: { at: string; by: string | null; note: string }[];
};

const SOURCE: Record<string, string> = { call_outcome: "Asked during a call", manual: "Added by staff" };

function NoteForm({ entryId, label }: { entryId: string; label: string }) {
  const form = useZodForm(annotateDoNotCallSchema, { defaultValues: { entryId, note: "" } });
  const [saved, setSaved] = useState(false);
  const onSubmit = form.handleSubmit(async (values) => {
    setSaved(false);
    const res = await annotateDoNotCallAction(values);
    if (res.ok) {
      form.reset({ entryId, note: "" });
      setSaved(true);
    } else applyFieldErrors(form, res.fieldErrors ?? { note: res.error });
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={label} className="mt-2 flex flex-wrap items-end gap-2">
      <Field label="Add a note" error={form.formState.errors.note?.message} className="min-w-56 flex-1">
        {(c) => <Input {...c} {...form.register("note")} placeholder="e.g. Customer confirmed by email on Dec 2" />}
      </Field>
      <Button type="submit" size="sm" pending={form.formState.isSubmitting}>
        Add note
      </Button>
      {saved && (
        <span role="status" className="text-xs text-emerald-700 dark:text-emerald-300">
          Note added
        </span>
      )}
    </form>
  );
}

/** The register: entries are kept and only annotated; there is deliberately no remove button. */
export function DoNotCallRegister({ entries, timeZone }: { entries: DoNotCallRow[]; timeZone: string }) {
  const when = { format: (d: Date) => formatMediumDateTime(d, timeZone) };
  if (entries.length === 0) return <p className="text-sm text-slate-500 dark:text-slate-400">Nobody has asked not to be called yet.</p>;
  return (
    <ul className="divide-y divide-slate-100 dark:divide-slate-800">
      {entries.map((e) => (
        <li key={e.id} className="py-3 text-sm">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <span className="font-medium">
              {formatPhone(e.phone)}{" "}
              {e.customerName && <span className="font-normal text-slate-600 dark:text-slate-400">· {e.customerName}</span>}
            </span>
            <span className="text-xs text-slate-500 dark:text-slate-400">
              {SOURCE[e.source] ?? e.source} · {when.format(new Date(e.createdAt))}
            </span>
          </div>
          {e.reason && <p className="mt-1 text-slate-700 dark:text-slate-300">{e.reason}</p>}
          {e.annotations.length > 0 && (
            <ul className="mt-1 space-y-0.5 border-l-2 border-slate-200 pl-3 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-400">
              {e.annotations.map((a, i) => (
                <li key={i}>
                  {a.note} — {a.by ?? "someone"}, {when.format(new Date(a.at))}
                </li>
              ))}
            </ul>
          )}
          <NoteForm entryId={e.id} label={`Add a note to ${formatPhone(e.phone)}`} />
        </li>
      ))}
    </ul>
  );
}
