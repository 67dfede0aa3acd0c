"use client";
import { saveWorkspaceAction } from "@/app/(dashboard)/settings/workspace/actions";
import { SaveRow } from "@/components/settings/save-row";
import { useSettingsSave } from "@/components/settings/use-settings-save";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useZodForm } from "@/components/ui/use-zod-form";
import { workspaceSettingsSchema, type WorkspaceSettingsInput } from "@/lib/validation/workspace";
import { BusinessHoursFields } from "./business-hours-fields";
import { CountriesField } from "./countries-field";
import { HolidaysField } from "./holidays-field";
import { TimeZoneSelect } from "./time-zone-select";

export function WorkspaceForm({ initial }: { initial: WorkspaceSettingsInput }) {
  const form = useZodForm(workspaceSettingsSchema, { defaultValues: initial });
  const { register, control, formState } = form;
  const { onSubmit, status } = useSettingsSave(form, saveWorkspaceAction);
  const errors = formState.errors;
  return (
    <form noValidate onSubmit={onSubmit} aria-label="Workspace" className="flex flex-col gap-5">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Workspace name" required error={errors.name?.message}>
          {(c) => <Input {...c} {...register("name")} />}
        </Field>
        <Field label="Time zone" required error={errors.timeZone?.message}>
          {(c) => <TimeZoneSelect {...c} {...register("timeZone")} />}
        </Field>
      </div>
      <BusinessHoursFields register={register} control={control} errors={errors.businessHours} />
      <CountriesField control={control} error={errors.allowedCountries?.message} />
      <HolidaysField control={control} error={errors.holidays?.message ?? errors.holidays?.find?.((e) => e)?.message} />
      <Field
        label="Provider workspace ID"
        required
        error={errors.providerWorkspaceId?.message}
        hint="Sent with every call as X-Workspace-ID. Changing it affects calls placed from now on."
      >
        {(c) => <Input {...c} className="font-mono" spellCheck={false} {...register("providerWorkspaceId")} />}
      </Field>
      <SaveRow label="Save workspace" pending={formState.isSubmitting} dirty={formState.isDirty} status={status} />
    </form>
  );
}
