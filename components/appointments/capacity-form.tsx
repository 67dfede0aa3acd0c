"use client";

import { useState } from "react";
import { saveCapacityAction } from "@/app/(dashboard)/appointments/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { applyFieldErrors, useZodForm } from "@/components/ui/use-zod-form";
import { capacitySchema } from "@/lib/validation/appointment";

/** Admins: how many jobs fit in one slot (crews), and how long a job is when a booking does not say. */
export function CapacityForm({ jobsPerSlot, appointmentMinutes }: { jobsPerSlot: number | null; appointmentMinutes: number }) {
  const form = useZodForm(capacitySchema, { defaultValues: { jobsPerSlot: jobsPerSlot?.toString() ?? "", appointmentMinutes } });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const onSubmit = form.handleSubmit(async () => {
    setMessage(null);
    const res = await saveCapacityAction(form.getValues());
    if (res.ok) setMessage({ ok: true, text: "Capacity saved." });
    else if (res.fieldErrors) applyFieldErrors(form, res.fieldErrors);
    else setMessage({ ok: false, text: res.error });
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Capacity" className="flex flex-wrap items-end gap-3">
      <Field label="Jobs per slot (empty: no limit)" error={form.formState.errors.jobsPerSlot?.message} className="w-56">
        {(c) => <Input {...c} inputMode="numeric" {...form.register("jobsPerSlot")} />}
      </Field>
      <Field label="Usual job length (minutes)" error={form.formState.errors.appointmentMinutes?.message} className="w-48">
        {(c) => <Input {...c} type="number" min={15} max={720} step={15} {...form.register("appointmentMinutes")} />}
      </Field>
      <Button type="submit" pending={form.formState.isSubmitting}>
        Save capacity
      </Button>
      {message && (
        <p
          role={message.ok ? "status" : "alert"}
          className={message.ok ? "text-sm text-emerald-800 dark:text-emerald-300" : "text-sm text-red-700 dark:text-red-400"}
        >
          {message.text}
        </p>
      )}
    </form>
  );
}
