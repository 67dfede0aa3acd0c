"use client";
import { useEffect, useId, useState } from "react";
import { useFieldArray, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { BusinessHours } from "@/db/schema/workspaces";
import { suggestSlots, type SlotCapacity } from "@/lib/calls/suggest-slots";
import { isWallTime } from "@/lib/time/zoned";
import { optionalNumber, usePlaceCallForm } from "./place-call-form-context";

export type SlotsEditorProps = { timeZone: string; businessHours: BusinessHours; holidays?: string[]; capacity?: SlotCapacity | null };

const MAX_SLOTS = 20;
const SUGGEST_COUNT = 3;
const DEFAULT_DURATION = 120;

export function SlotsEditor({ timeZone, businessHours, holidays, capacity }: SlotsEditorProps) {
  const bodyId = useId();
  const { control, register, getValues, formState } = usePlaceCallForm();
  const { errors } = formState;
  const { fields, append, remove, replace } = useFieldArray({ control, name: "slots" });
  const slots = useWatch({ control, name: "slots" });
  // Open when the form arrives with any scheduling option (Call again), so none is sent unseen.
  const [open, setOpen] = useState(
    () => getValues("slots").length > 0 || Boolean(getValues("earliestAvailable")) || getValues("serviceDurationMinutes") !== undefined,
  );
  const [notice, setNotice] = useState<string | null>(null);

  const hasErrors = Boolean(errors.slots || errors.serviceDurationMinutes || errors.earliestAvailable);
  useEffect(() => {
    if (hasErrors) setOpen(true);
  }, [hasErrors]);

  function suggest() {
    const kept = getValues("slots").filter((s) => s.start || s.end);
    const complete = kept.filter((s) => isWallTime(s.start) && isWallTime(s.end));
    const duration = getValues("serviceDurationMinutes");
    const earliest = getValues("earliestAvailable");
    const found = suggestSlots({
      now: new Date(),
      timeZone,
      businessHours,
      holidays,
      capacity,
      durationMinutes: duration && duration >= 15 && duration <= 600 ? duration : DEFAULT_DURATION,
      count: Math.min(SUGGEST_COUNT, MAX_SLOTS - kept.length),
      existing: complete,
      notBefore: earliest && isWallTime(earliest) ? earliest : undefined,
    });
    // Rows left empty are replaced by the suggestions rather than kept as blanks to fill.
    replace([...kept, ...found]);
    setNotice(
      found.length
        ? `Added ${found.length} suggested slot${found.length === 1 ? "" : "s"}.`
        : capacity
          ? "No open times found within business hours with room for another job."
          : "No open times found within business hours.",
    );
  }

  const slotsError = errors.slots?.message ?? errors.slots?.root?.message;
  const count = slots?.length ?? 0;

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="secondary" size="sm" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          <span aria-hidden="true" className={open ? "rotate-90 transition-transform" : "transition-transform"}>
            ›
          </span>
          Offer appointment slots
        </Button>
        <span className="text-sm text-slate-600 dark:text-slate-400">
          {count === 0 ? "No slots offered" : `${count} slot${count === 1 ? "" : "s"} offered`}
        </span>
      </div>

      <div id={bodyId} hidden={!open} className="flex flex-col gap-4">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Times in <span className="font-medium text-slate-800 dark:text-slate-200">{timeZone}</span>
        </p>
        <div className="grid gap-4 md:grid-cols-2">
          <Field
            label="Service duration (minutes)"
            hint="Length of each suggested slot; 120 when empty."
            error={errors.serviceDurationMinutes?.message}
          >
            {(c) => (
              <Input
                {...c}
                type="number"
                inputMode="numeric"
                min={15}
                max={600}
                step={15}
                {...register("serviceDurationMinutes", { setValueAs: optionalNumber })}
              />
            )}
          </Field>
          <Field label="Earliest available" hint="Suggestions start no earlier than this." error={errors.earliestAvailable?.message}>
            {(c) => <Input {...c} type="datetime-local" {...register("earliestAvailable")} />}
          </Field>
        </div>

        {fields.length > 0 && (
          <ol className="flex flex-col gap-3">
            {fields.map((f, i) => (
              <li key={f.id}>
                <fieldset className="rounded-md border border-slate-200 px-3 pt-1 pb-3 dark:border-slate-700">
                  <legend className="px-1 text-sm font-medium text-slate-700 dark:text-slate-300">Slot {i + 1}</legend>
                  <div className="grid items-start gap-3 md:grid-cols-[1fr_1fr_auto]">
                    <Field label="Start" error={errors.slots?.[i]?.start?.message}>
                      {(c) => <Input {...c} type="datetime-local" {...register(`slots.${i}.start`)} />}
                    </Field>
                    <Field label="End" error={errors.slots?.[i]?.end?.message}>
                      {(c) => <Input {...c} type="datetime-local" min={slots?.[i]?.start || undefined} {...register(`slots.${i}.end`)} />}
                    </Field>
                    <Button variant="ghost" size="sm" className="md:mt-6" aria-label={`Remove slot ${i + 1}`} onClick={() => remove(i)}>
                      Remove
                    </Button>
                  </div>
                </fieldset>
              </li>
            ))}
          </ol>
        )}
        {slotsError && <p className="text-sm text-red-700 dark:text-red-400">{slotsError}</p>}

        <div className="flex flex-wrap items-center gap-2">
          <Button size="sm" disabled={count >= MAX_SLOTS} onClick={() => append({ start: "", end: "" })}>
            Add slot
          </Button>
          <Button size="sm" disabled={count >= MAX_SLOTS} onClick={suggest}>
            Suggest slots
          </Button>
          <p aria-live="polite" className="text-sm text-slate-600 dark:text-slate-400">
            {notice}
          </p>
        </div>
      </div>
    </div>
  );
}
