"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray } from "react-hook-form";
import { createCampaignAction } from "@/app/(dashboard)/campaigns/actions";
import { AssistantOptions } from "@/components/calls/assistant-options";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { applyFieldErrors, useZodForm } from "@/components/ui/use-zod-form";
import { callPurposes } from "@/lib/validation/call";
import { purposeLabels } from "@/lib/labels";
import { campaignSchema, retryableResults, retryLabels, type CampaignInput } from "@/lib/validation/campaign";

type Assistant = { id: string; name: string; purposes: string[] };

export function CampaignForm({ assistants, initial }: { assistants: Assistant[]; initial: CampaignInput }) {
  const router = useRouter();
  const form = useZodForm(campaignSchema, { defaultValues: initial });
  const { register, formState, watch, control } = form;
  const slots = useFieldArray({ control, name: "slots" });
  const errors = formState.errors;
  const [error, setError] = useState<string | null>(null);
  const purpose = watch("purpose");
  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      const res = await createCampaignAction(values);
      if (res.ok) return router.push(`/campaigns/${res.data.id}`);
      if (res.fieldErrors) applyFieldErrors(form, res.fieldErrors);
      setError(res.error);
    } catch {
      setError("Could not reach the server. Try again.");
    }
  });
  const num = { valueAsNumber: true } as const;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="New campaign" className="space-y-6">
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">What the calls are for</legend>
        <Field label="Name" required error={errors.name?.message} className="sm:col-span-2">
          {(c) => <Input {...c} autoComplete="off" {...register("name")} />}
        </Field>
        <Field label="Purpose" required error={errors.purpose?.message}>
          {(c) => (
            <Select {...c} {...register("purpose")}>
              {callPurposes.map((p) => (
                <option key={p} value={p}>
                  {purposeLabels[p]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Assistant" required error={errors.assistantId?.message}>
          {(c) => (
            <Select {...c} {...register("assistantId")}>
              <option value="">Pick an assistant</option>
              <AssistantOptions assistants={assistants} purpose={purpose} othersLabel="Not set up for this purpose" />
            </Select>
          )}
        </Field>
        <Field
          label="Context template"
          required
          error={errors.contextTemplate?.message}
          className="sm:col-span-2"
          hint="Per-row fields in braces, from the CSV's columns: {first_name}, {appointment}, {amount}, or any other column."
        >
          {(c) => <Textarea {...c} rows={3} {...register("contextTemplate")} />}
        </Field>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="mb-2 text-base font-semibold">Appointment slots (optional)</legend>
        {slots.fields.map((slot, i) => (
          <div key={slot.id} className="grid items-end gap-3 sm:grid-cols-[1fr_1fr_auto]">
            <Field label={`Slot ${i + 1} start`} error={errors.slots?.[i]?.start?.message}>
              {(c) => <Input {...c} type="datetime-local" {...register(`slots.${i}.start`)} />}
            </Field>
            <Field label={`Slot ${i + 1} end`} error={errors.slots?.[i]?.end?.message}>
              {(c) => <Input {...c} type="datetime-local" {...register(`slots.${i}.end`)} />}
            </Field>
            <Button variant="ghost" onClick={() => slots.remove(i)}>
              Remove slot {i + 1}
            </Button>
          </div>
        ))}
        {slots.fields.length < 20 && (
          <Button size="sm" onClick={() => slots.append({ start: "", end: "" })}>
            Add slot
          </Button>
        )}
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <legend className="mb-2 text-base font-semibold">When</legend>
        <Field label="First day" required error={errors.startDate?.message}>
          {(c) => <Input {...c} type="date" {...register("startDate")} />}
        </Field>
        <Field label="Last day" required error={errors.endDate?.message}>
          {(c) => <Input {...c} type="date" {...register("endDate")} />}
        </Field>
        <Field label="Daily from" required error={errors.dailyStart?.message} hint="Their time; 08:00 earliest">
          {(c) => <Input {...c} type="time" {...register("dailyStart")} />}
        </Field>
        <Field label="Daily until" required error={errors.dailyEnd?.message} hint="Their time; 21:00 latest">
          {(c) => <Input {...c} type="time" {...register("dailyEnd")} />}
        </Field>
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <legend className="mb-2 text-base font-semibold">Pace and retries</legend>
        <Field label="Calls per minute" required error={errors.ratePerMinute?.message}>
          {(c) => <Input {...c} type="number" min={1} {...register("ratePerMinute", num)} />}
        </Field>
        <Field label="At most in flight" required error={errors.maxInFlight?.message} hint="Calls out at once">
          {(c) => <Input {...c} type="number" min={1} {...register("maxInFlight", num)} />}
        </Field>
        <Field label="Try again after (hours)" error={errors.retryAfterHours?.message}>
          {(c) => <Input {...c} type="number" min={1} {...register("retryAfterHours", num)} />}
        </Field>
        <Field label="Attempts per person" error={errors.maxAttempts?.message}>
          {(c) => <Input {...c} type="number" min={1} {...register("maxAttempts", num)} />}
        </Field>
        <div role="group" aria-label="Try again after" className="flex flex-wrap gap-4 sm:col-span-2 lg:col-span-4">
          {retryableResults.map((r) => (
            <Checkbox key={r} label={`Retry on ${retryLabels[r].toLowerCase()}`} value={r} {...register("retryOn")} />
          ))}
        </div>
      </fieldset>

      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      <div className="flex gap-2">
        <Button type="submit" variant="primary" pending={formState.isSubmitting}>
          Create campaign
        </Button>
        <Link href="/campaigns" className="inline-flex h-9 items-center px-3 text-sm text-slate-600 hover:underline dark:text-slate-300">
          Cancel
        </Link>
      </div>
    </form>
  );
}
