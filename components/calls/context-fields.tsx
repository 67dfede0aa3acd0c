"use client";
import { useEffect, useState } from "react";
import { useWatch } from "react-hook-form";
import { cx } from "@/components/ui/cx";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { callPurposes, contextFields, requiredContextByPurpose, type CallPurpose, type ContextField } from "@/lib/validation/call";
import { contextLabels } from "@/lib/labels";
import { usePlaceCallForm } from "./place-call-form-context";

const MAX_CHARS = 2000;
const COUNTER_FROM = 1600;

/** For purposes with no required context, the field a dispatcher most often fills. */
const suggestedContext: Partial<Record<CallPurpose, ContextField>> = {
  follow_up: "previousInteraction",
  collections: "customMessage",
  urgent_notification: "customMessage",
};

function ContextTextarea({ field, required, rows }: { field: ContextField; required: boolean; rows: number }) {
  const { register, control, formState } = usePlaceCallForm();
  const value = useWatch({ control, name: `context.${field}` }) ?? "";
  const length = value.length;
  const counter =
    length >= COUNTER_FROM ? (
      <span
        className={cx(
          "text-xs tabular-nums",
          length > MAX_CHARS ? "font-medium text-red-700 dark:text-red-400" : "text-amber-800 dark:text-amber-300",
        )}
      >
        {length.toLocaleString("en-US")} / {MAX_CHARS.toLocaleString("en-US")}
      </span>
    ) : null;

  return (
    <Field label={contextLabels[field]} required={required} error={formState.errors.context?.[field]?.message} aside={counter}>
      {(control) => <Textarea {...control} rows={rows} {...register(`context.${field}`)} />}
    </Field>
  );
}

export function ContextFields() {
  const { control, formState } = usePlaceCallForm();
  const purpose = useWatch({ control, name: "purpose" });
  const context = useWatch({ control, name: "context" });
  const chosen = (callPurposes as readonly string[]).includes(purpose ?? "") ? (purpose as CallPurpose) : undefined;
  const required = chosen ? requiredContextByPurpose[chosen] : undefined;
  const primary = required ?? (chosen ? suggestedContext[chosen] : undefined);
  const rest = contextFields.filter((f) => f !== primary);

  // Text or an error in a tucked-away field must not stay out of sight.
  const needsOpen = rest.some((f) => Boolean(context?.[f]) || Boolean(formState.errors.context?.[f]));
  const [open, setOpen] = useState(needsOpen);
  useEffect(() => {
    if (needsOpen) setOpen(true);
  }, [needsOpen]);
  const filled = rest.filter((f) => context?.[f]).length;

  return (
    <div className="flex flex-col gap-3">
      {primary ? (
        <ContextTextarea field={primary} required={primary === required} rows={4} />
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {chosen ? "No context is required for this purpose." : "Choose a call purpose to see the context it needs."}
        </p>
      )}
      <details
        open={open}
        onToggle={(e) => setOpen(e.currentTarget.open)}
        className="group rounded-md border border-slate-200 dark:border-slate-700"
      >
        <summary className="cursor-pointer rounded-md px-3 py-2 text-sm font-medium text-slate-700 select-none hover:bg-slate-50 dark:text-slate-300 dark:hover:bg-slate-800">
          More context
          {filled > 0 && <span className="ml-2 font-normal text-slate-500 dark:text-slate-400">({filled} filled)</span>}
        </summary>
        <div className="flex flex-col gap-3 px-3 pt-1 pb-3">
          {rest.map((f) => (
            <ContextTextarea key={f} field={f} required={false} rows={2} />
          ))}
        </div>
      </details>
    </div>
  );
}
