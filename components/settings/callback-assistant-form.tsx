"use client";
import { updateCallbackAssistantAction } from "@/app/(dashboard)/settings/actions";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { useZodForm } from "@/components/ui/use-zod-form";
import { callbackAssistantSchema } from "@/lib/validation/settings";
import { AssistantOptions } from "@/components/calls/assistant-options";
import { SaveRow } from "./save-row";
import { useSettingsSave } from "./use-settings-save";

type Assistant = { id: string; name: string; purposes: string[] };

export function CallbackAssistantForm({ assistants, current }: { assistants: Assistant[]; current: string | null }) {
  // A default that was switched off reads as none, so saving does not quietly keep it.
  const initial = current && assistants.some((a) => a.id === current) ? current : "";
  const form = useZodForm(callbackAssistantSchema, { defaultValues: { assistantId: initial } });
  const { register, formState } = form;
  const { onSubmit, status } = useSettingsSave(form, updateCallbackAssistantAction);
  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
      <Field
        label="Default callback assistant"
        className="max-w-sm"
        error={formState.errors.assistantId?.message}
        hint={current && !initial ? "The assistant chosen before is switched off; pick another." : undefined}
      >
        {(c) => (
          <Select {...c} {...register("assistantId")}>
            <option value="">None (“Call back now” is off)</option>
            <AssistantOptions assistants={assistants} purpose="callback" othersLabel="Not set up for callbacks" />
          </Select>
        )}
      </Field>
      <SaveRow label="Save default assistant" pending={formState.isSubmitting} dirty={formState.isDirty} status={status} />
    </form>
  );
}
