"use client";
import { updateLeadAssistantAction } from "@/app/(dashboard)/settings/actions";
import { AssistantOptions } from "@/components/calls/assistant-options";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { useZodForm } from "@/components/ui/use-zod-form";
import { leadAssistantSchema } from "@/lib/validation/lead";
import { SaveRow } from "./save-row";
import { useSettingsSave } from "./use-settings-save";

type Assistant = { id: string; name: string; purposes: string[] };

export function LeadAssistantForm({ assistants, current }: { assistants: Assistant[]; current: string | null }) {
  // An assistant that was switched off reads as none, so saving does not quietly keep it.
  const initial = current && assistants.some((a) => a.id === current) ? current : "";
  const form = useZodForm(leadAssistantSchema, { defaultValues: { assistantId: initial } });
  const { register, formState } = form;
  const { onSubmit, status } = useSettingsSave(form, updateLeadAssistantAction);
  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
      <Field
        label="Lead assistant"
        className="max-w-sm"
        error={formState.errors.assistantId?.message}
        hint={current && !initial ? "The assistant chosen before is switched off; pick another." : undefined}
      >
        {(c) => (
          <Select {...c} {...register("assistantId")}>
            <option value="">None (leads wait for a dispatcher)</option>
            <AssistantOptions assistants={assistants} purpose="callback" othersLabel="Not set up for callbacks" />
          </Select>
        )}
      </Field>
      <SaveRow label="Save lead assistant" pending={formState.isSubmitting} dirty={formState.isDirty} status={status} />
    </form>
  );
}
