"use client";

import { useState } from "react";
import { formatMediumDateTime } from "@/lib/format/time";
import { addCustomerToDoNotCallAction } from "@/app/(dashboard)/customers/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { applyFieldErrors, useZodForm } from "@/components/ui/use-zod-form";
import { formatPhone } from "@/lib/phone";
import { manualDoNotCallSchema } from "@/lib/validation/customer";

type Entry = {
  id: string;
  phone: string;
  source: string;
  reason: string | null;
  createdAt: string;
  byName: string | null;
  annotations: { at: string; by: string | null; note: string }[];
};

const SOURCE: Record<string, string> = { call_outcome: "Asked during a call", manual: "Added by staff" };

/** The do-not-call state and its register entries; it can be added here, never lifted. */
export function DoNotCallPanel({
  customerId,
  doNotCall,
  entries,
  timeZone,
}: {
  customerId: string;
  doNotCall: boolean;
  entries: Entry[];
  timeZone: string;
}) {
  const when = { format: (d: Date) => formatMediumDateTime(d, timeZone) };
  const form = useZodForm(manualDoNotCallSchema, { defaultValues: { customerId, reason: "" } });
  const [error, setError] = useState<string | null>(null);
  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const res = await addCustomerToDoNotCallAction(values);
    if (res.ok) form.reset({ customerId, reason: "" });
    else if (res.fieldErrors) applyFieldErrors(form, res.fieldErrors);
    else setError(res.error);
  });
  return (
    <section aria-labelledby="dnc-heading" className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <h2 id="dnc-heading" className="text-base font-semibold">
        Do not call
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {doNotCall || entries.length > 0 ? "Calls to this customer are blocked." : "Calls are allowed."}
      </p>
      {entries.length > 0 && (
        <ul aria-label="Do-not-call history" className="mt-2 space-y-2 text-sm">
          {entries.map((e) => (
            <li key={e.id} className="border-l-2 border-red-300 pl-3 dark:border-red-800">
              <span className="font-medium">{SOURCE[e.source] ?? e.source}</span>{" "}
              <span className="text-xs text-slate-500">
                {formatPhone(e.phone)} · {when.format(new Date(e.createdAt))}
                {e.byName ? ` · ${e.byName}` : ""}
              </span>
              {e.reason && <p className="text-slate-700 dark:text-slate-300">{e.reason}</p>}
              {e.annotations.map((a, i) => (
                <p key={i} className="text-xs text-slate-600 dark:text-slate-400">
                  {a.note} — {a.by ?? "someone"}, {when.format(new Date(a.at))}
                </p>
              ))}
            </li>
          ))}
        </ul>
      )}
      {!doNotCall && (
        <form onSubmit={onSubmit} noValidate aria-label="Add to do-not-call" className="mt-3 space-y-2">
          <Field label="Reason" error={form.formState.errors.reason?.message}>
            {(c) => <Input {...c} {...form.register("reason")} placeholder="e.g. Asked by email on Dec 2" />}
          </Field>
          <Button type="submit" variant="danger" size="sm" pending={form.formState.isSubmitting}>
            Add to do-not-call
          </Button>
          {error && (
            <p role="alert" className="text-sm text-red-700 dark:text-red-400">
              {error}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
