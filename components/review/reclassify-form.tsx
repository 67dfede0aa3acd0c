"use client";

import { useState } from "react";
import { useWatch } from "react-hook-form";
import { reclassifyCallAction } from "@/app/(dashboard)/calls/[id]/review-actions";
import { Callout } from "@/components/call-detail/callout";
import { outcomeDisplay as outcomeLabels } from "@/lib/labels";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { applyFieldErrors, useZodForm } from "@/components/ui/use-zod-form";
import { detailFieldsByType, outcomeTypes, reclassifyCallSchema, type OutcomeType } from "@/lib/validation/review";
import type { ReviewPanelView } from "./types";

/** What the new type does as soon as it is saved: the same effects a provider outcome has. */
const EFFECTS: Record<OutcomeType, string> = {
  callback_requested: "Creates a callback task on the Callbacks page.",
  do_not_call: "Flags the customer do-not-call and adds the number to the register. New calls to them are refused.",
  escalation_needed: "Opens an escalation on the attention list.",
  appointment_scheduled: "Records the appointment for this customer.",
  voicemail_left: "Nothing else happens automatically.",
  not_interested: "Nothing else happens automatically.",
  information_provided: "Nothing else happens automatically.",
  payment_promised: "Nothing else happens automatically.",
};

export function doneMessage(type: OutcomeType): string {
  const label = outcomeLabels[type].label;
  return EFFECTS[type].startsWith("Nothing") ? `Outcome changed to ${label}.` : `Outcome changed to ${label}. ${EFFECTS[type]}`;
}

/** Correct the AI's outcome with a reason; the new type's details are asked for only when it has any. */
export function ReclassifyForm({ view, onDone }: { view: ReviewPanelView; onDone: (type: OutcomeType) => void }) {
  const [error, setError] = useState<string | null>(null);
  // The server action builds the same schema in the same zone.
  const [schema] = useState(() => reclassifyCallSchema({ timeZone: view.timeZone }));
  const form = useZodForm(schema, {
    defaultValues: { callId: view.callId, reason: "", notes: "", callbackAt: "", appointmentStart: "", amount: "", promisedDate: "" },
  });
  const { register, handleSubmit, formState, control } = form;
  const errors = formState.errors;
  const newType = useWatch({ control, name: "newType" });
  const fields = new Set(newType && newType in detailFieldsByType ? detailFieldsByType[newType] : []);
  const zoneHint = `${view.zoneName} time (the workspace's zone).`;
  const current = view.outcome?.type;

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    try {
      const res = await reclassifyCallAction(values);
      if (res.ok) return onDone(res.data.outcomeType);
      if (res.fieldErrors) applyFieldErrors(form, res.fieldErrors);
      setError(res.error);
    } catch {
      setError("Could not reach the server. Try again.");
    }
  });

  return (
    <form noValidate aria-label="Reclassify outcome" onSubmit={onSubmit} className="flex flex-col gap-3 pt-3">
      <Field label="New outcome" required error={errors.newType?.message}>
        {(c) => (
          <Select {...c} defaultValue="" {...register("newType")}>
            <option value="" disabled>
              Choose the real outcome…
            </option>
            {outcomeTypes.map((t) => (
              <option key={t} value={t} disabled={t === current}>
                {outcomeLabels[t].label}
                {t === current ? " (current)" : ""}
              </option>
            ))}
          </Select>
        )}
      </Field>
      {fields.has("callbackAt") && (
        <Field label="Call back at" error={errors.callbackAt?.message} hint={`${zoneHint} Leave empty if no time was asked for.`}>
          {(c) => <Input {...c} type="datetime-local" {...register("callbackAt")} />}
        </Field>
      )}
      {fields.has("appointmentStart") && (
        <Field label="Appointment start" error={errors.appointmentStart?.message} hint={zoneHint}>
          {(c) => <Input {...c} type="datetime-local" {...register("appointmentStart")} />}
        </Field>
      )}
      {fields.has("amount") && (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label="Amount (USD)" error={errors.amount?.message}>
            {(c) => <Input {...c} type="number" inputMode="decimal" min="0" step="0.01" {...register("amount")} />}
          </Field>
          <Field label="Promised by" error={errors.promisedDate?.message}>
            {(c) => <Input {...c} type="date" {...register("promisedDate")} />}
          </Field>
        </div>
      )}
      <Field
        label="Outcome notes"
        error={errors.notes?.message}
        hint="What the customer really asked for. Shown with the outcome; a callback task or escalation carries it."
      >
        {(c) => <Textarea {...c} rows={2} {...register("notes")} />}
      </Field>
      <Field label="Reason" required error={errors.reason?.message} hint="Why the AI's outcome was wrong. Kept in the audit trail.">
        {(c) => <Textarea {...c} rows={2} {...register("reason")} />}
      </Field>
      <Callout tone={newType === "do_not_call" ? "danger" : "neutral"} title="What happens">
        {newType && newType in EFFECTS ? `${EFFECTS[newType]} ` : ""}
        What the current outcome already did stays: a callback task stays open, a booked appointment stays, and a do-not-call flag is never
        removed automatically.
      </Callout>
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      <div>
        <Button type="submit" variant={newType === "do_not_call" ? "danger" : "primary"} pending={formState.isSubmitting}>
          Reclassify
        </Button>
      </div>
    </form>
  );
}
