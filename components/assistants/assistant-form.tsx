"use client";

import { useState } from "react";
import { useController } from "react-hook-form";
import { saveAssistantAction } from "@/app/(dashboard)/settings/assistants/actions";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { applyFieldErrors, useZodForm } from "@/components/ui/use-zod-form";
import { callPurposes, type CallPurpose } from "@/db/schema/enums";
import { assistantSchema, type AssistantInput } from "@/lib/validation/assistants";
import { purposeLabels } from "@/lib/labels";

/** Add (no id) or edit an assistant; the same schema checks it on the server. */
export function AssistantForm({ initial, onDone }: { initial?: AssistantInput; onDone: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const form = useZodForm(assistantSchema, {
    defaultValues: initial ?? { name: "", providerAssistantId: "", purposes: [], active: true },
  });
  const { register, formState, control } = form;
  const purposes = useController({ control, name: "purposes" });
  const chosen = new Set<CallPurpose>(purposes.field.value ?? []);
  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      const res = await saveAssistantAction(values);
      if (res.ok) return onDone();
      if (res.fieldErrors) applyFieldErrors(form, res.fieldErrors);
      setError(res.error);
    } catch {
      setError("Could not reach the server. Check your connection and try again.");
    }
  });
  return (
    <form
      noValidate
      onSubmit={onSubmit}
      aria-label={initial ? `Edit ${initial.name}` : "Add assistant"}
      className="flex flex-col gap-4 rounded-md border border-slate-200 p-3 dark:border-slate-700"
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Name" required error={formState.errors.name?.message} hint="What dispatchers see, e.g. “Callback Cathy”.">
          {(c) => <Input {...c} {...register("name")} />}
        </Field>
        <Field
          label="Provider assistant ID"
          required
          error={formState.errors.providerAssistantId?.message}
          hint="From the provider's dashboard, e.g. asst_callback_001."
        >
          {(c) => <Input {...c} className="font-mono" spellCheck={false} {...register("providerAssistantId")} />}
        </Field>
      </div>
      <fieldset aria-describedby={formState.errors.purposes ? "purposes-error" : undefined}>
        <legend className="mb-1 text-sm font-medium text-slate-800 dark:text-slate-200">Purposes it serves</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {callPurposes.map((p) => (
            <Checkbox
              key={p}
              label={purposeLabels[p]}
              checked={chosen.has(p)}
              onChange={(e) => purposes.field.onChange(e.target.checked ? [...chosen, p] : [...chosen].filter((x) => x !== p))}
            />
          ))}
        </div>
        {formState.errors.purposes && (
          <p id="purposes-error" className="mt-1 text-sm text-red-700 dark:text-red-400">
            {formState.errors.purposes.message}
          </p>
        )}
      </fieldset>
      <Checkbox label="Active" hint="Inactive assistants are not offered for new calls." {...register("active")} />
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      <div className="flex gap-2">
        <Button type="submit" variant="primary" pending={formState.isSubmitting}>
          {initial ? "Save assistant" : "Add assistant"}
        </Button>
        <Button onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
