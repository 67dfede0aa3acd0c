"use client";
import { updateAutoRetryAction } from "@/app/(dashboard)/settings/actions";
import { Checkbox } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useZodForm } from "@/components/ui/use-zod-form";
import { autoRetrySchema, type AutoRetryInput } from "@/lib/validation/settings";
import { SaveRow } from "./save-row";
import { useSettingsSave } from "./use-settings-save";

export function AutoRetryForm({ initial }: { initial: AutoRetryInput }) {
  const form = useZodForm(autoRetrySchema, { defaultValues: initial });
  const { register, formState } = form;
  const { onSubmit, status } = useSettingsSave(form, updateAutoRetryAction);
  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
      <Checkbox
        label="Retry unanswered calls automatically"
        hint="Calls that end with no answer, a busy line or a voicemail are tried again; each retry is checked against the calling rules first."
        {...register("enabled")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Attempts in all" required error={formState.errors.maxAttempts?.message} hint="1 to 5, counting the first call.">
          {(c) => <Input {...c} type="number" inputMode="numeric" min={1} max={5} {...register("maxAttempts", { valueAsNumber: true })} />}
        </Field>
        <Field label="Minutes between attempts" required error={formState.errors.spacingMinutes?.message} hint="15 to 1,440 (one day).">
          {(c) => (
            <Input
              {...c}
              type="number"
              inputMode="numeric"
              min={15}
              max={1440}
              step={15}
              {...register("spacingMinutes", { valueAsNumber: true })}
            />
          )}
        </Field>
      </div>
      <SaveRow label="Save retry settings" pending={formState.isSubmitting} dirty={formState.isDirty} status={status} />
    </form>
  );
}
