"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { saveAppointmentAction } from "@/app/(dashboard)/appointments/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { applyFieldErrors, useZodForm } from "@/components/ui/use-zod-form";
import { appointmentStatuses } from "@/db/schema/enums";
import { appointmentSchema, appointmentStatusLabels, type AppointmentValues } from "@/lib/validation/appointment";

const OVER_CAPACITY = "over_capacity";

/** New and edit; times are the workspace's wall times. A full slot is said once, then may be booked anyway. */
export function AppointmentForm({ initial, timeZone, title }: { initial: AppointmentValues; timeZone: string; title: string }) {
  const router = useRouter();
  const form = useZodForm(appointmentSchema, { defaultValues: initial });
  const [error, setError] = useState<string | null>(null);
  const [full, setFull] = useState(false);
  const onSubmit = form.handleSubmit(async () => {
    setError(null);
    // The action parses the typed values itself (blank notes become null there).
    const values = form.getValues();
    const res = await saveAppointmentAction(values);
    if (res.ok) {
      router.push(`/appointments?date=${values.start.slice(0, 10)}`);
      return;
    }
    setFull(res.code === OVER_CAPACITY);
    if (res.fieldErrors) applyFieldErrors(form, res.fieldErrors);
    setError(res.error);
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={title} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Starts" error={errors.start?.message} hint={`Local time (${timeZone.replace(/_/g, " ")})`}>
          {(c) => <Input {...c} type="datetime-local" {...form.register("start", { onChange: () => setFull(false) })} />}
        </Field>
        <Field label="Length (minutes)" error={errors.durationMinutes?.message}>
          {(c) => <Input {...c} type="number" min={15} max={720} step={15} {...form.register("durationMinutes")} />}
        </Field>
        <Field label="Status" error={errors.status?.message}>
          {(c) => (
            <Select {...c} {...form.register("status")}>
              {appointmentStatuses.map((s) => (
                <option key={s} value={s}>
                  {appointmentStatusLabels[s]}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <Field label="Notes" error={errors.notes?.message}>
        {(c) => <Textarea {...c} rows={3} {...form.register("notes")} />}
      </Field>
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary" pending={form.formState.isSubmitting && !full}>
          Save appointment
        </Button>
        {full && (
          <Button
            variant="danger"
            onClick={() => {
              form.setValue("allowOverCapacity", true);
              void onSubmit();
            }}
          >
            Book anyway
          </Button>
        )}
      </div>
    </form>
  );
}
