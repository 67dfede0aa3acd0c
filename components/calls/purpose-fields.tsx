"use client";
import { useWatch } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import type { AssistantOption } from "@/lib/calls/types";
import { callPurposes, type CallPurpose } from "@/lib/validation/call";
import { purposeLabels } from "@/lib/labels";
import { AssistantOptions } from "./assistant-options";
import { usePlaceCallForm } from "./place-call-form-context";

export type PurposeFieldsProps = { assistants: AssistantOption[] };

function isPurpose(value: unknown): value is CallPurpose {
  return typeof value === "string" && (callPurposes as readonly string[]).includes(value);
}

export function PurposeFields({ assistants }: PurposeFieldsProps) {
  const { register, control, getValues, setValue, formState } = usePlaceCallForm();
  const { errors } = formState;
  const purpose = useWatch({ control, name: "purpose" });
  const assistantId = useWatch({ control, name: "assistantId" });

  const chosen = isPurpose(purpose) ? purpose : undefined;
  const selected = assistants.find((a) => a.id === assistantId);

  const assistantHint =
    assistants.length === 0
      ? "No active assistants. Ask an admin to add one."
      : chosen && !assistants.some((a) => a.purposes.includes(chosen))
        ? "No assistant is set up for this purpose."
        : chosen && selected && !selected.purposes.includes(chosen)
          ? `${selected.name} is not set up for “${purposeLabels[chosen]}”.`
          : undefined;

  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Field label="Call purpose" error={errors.purpose?.message} required>
        {(control) => (
          <Select
            {...control}
            {...register("purpose", {
              // Saves a step: the first assistant made for the purpose, unless one is already chosen.
              onChange: (e: { target: { value: string } }) => {
                const next = e.target.value;
                if (!isPurpose(next) || getValues("assistantId")) return;
                const first = assistants.find((a) => a.purposes.includes(next));
                if (first) setValue("assistantId", first.id, { shouldValidate: formState.isSubmitted });
              },
            })}
          >
            <option value="">Choose a purpose…</option>
            {callPurposes.map((p) => (
              <option key={p} value={p}>
                {purposeLabels[p]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Assistant" error={errors.assistantId?.message} hint={assistantHint} required>
        {(control) => (
          <Select {...control} {...register("assistantId")}>
            <option value="">Choose an assistant…</option>
            <AssistantOptions assistants={assistants} purpose={chosen} othersLabel="Other assistants" />
          </Select>
        )}
      </Field>
    </div>
  );
}
