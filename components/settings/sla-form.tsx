"use client";
import { updateSlaAction } from "@/app/(dashboard)/settings/actions";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useZodForm } from "@/components/ui/use-zod-form";
import { slaSettingsSchema, type SlaSettingsInput } from "@/lib/validation/settings";
import { SaveRow } from "./save-row";
import { useSettingsSave } from "./use-settings-save";

export function SlaForm({ initial }: { initial: SlaSettingsInput }) {
  const form = useZodForm(slaSettingsSchema, { defaultValues: initial });
  const { register, formState } = form;
  const { onSubmit, status } = useSettingsSave(form, updateSlaAction);
  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Warn after (minutes)" required error={formState.errors.slaWarnMinutes?.message} hint="The timer turns amber.">
          {(c) => (
            <Input {...c} type="number" inputMode="numeric" min={1} max={1440} {...register("slaWarnMinutes", { valueAsNumber: true })} />
          )}
        </Field>
        <Field
          label="Breach after (minutes)"
          required
          error={formState.errors.slaBreachMinutes?.message}
          hint="The timer turns red and says “Overdue”."
        >
          {(c) => (
            <Input
              {...c}
              type="number"
              inputMode="numeric"
              min={2}
              max={10080}
              {...register("slaBreachMinutes", { valueAsNumber: true })}
            />
          )}
        </Field>
      </div>
      <SaveRow label="Save thresholds" pending={formState.isSubmitting} dirty={formState.isDirty} status={status} />
    </form>
  );
}
