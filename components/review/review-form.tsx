"use client";

import { useId, useState } from "react";
import { reviewCallAction } from "@/app/(dashboard)/calls/[id]/review-actions";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { cx } from "@/components/ui/cx";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { applyFieldErrors, useZodForm } from "@/components/ui/use-zod-form";
import { RATINGS, reviewCallSchema } from "@/lib/validation/review";
import type { ReviewPanelView } from "./types";

const CHOICES = ["", ...RATINGS.map(String)];

/** Mark reviewed, rate and note; the server keeps the first reviewer and audits every change. */
export function ReviewForm({ view, onSaved }: { view: ReviewPanelView; onSaved: (message: string) => void }) {
  const { review } = view;
  const [error, setError] = useState<string | null>(null);
  const ratingId = useId();
  const form = useZodForm(reviewCallSchema, {
    defaultValues: {
      callId: view.callId,
      reviewed: review.reviewed,
      rating: review.rating ? String(review.rating) : "",
      note: review.note,
    },
  });
  const { register, handleSubmit, formState } = form;

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    try {
      const res = await reviewCallAction(values);
      if (res.ok) return onSaved(res.data.changed ? "Review saved." : "Nothing changed, so nothing was saved.");
      if (res.fieldErrors) applyFieldErrors(form, res.fieldErrors);
      setError(res.error);
    } catch {
      setError("Could not reach the server. Try again.");
    }
  });

  return (
    <form noValidate aria-label="Review" onSubmit={onSubmit} className="flex flex-col gap-3">
      <Checkbox
        label="Mark reviewed"
        hint={review.byLine ?? "Takes the call off the attention list if it was waiting for review."}
        {...register("reviewed")}
      />
      <fieldset role="radiogroup" aria-labelledby={ratingId} aria-describedby={`${ratingId}-hint`} className="flex flex-col gap-1">
        <legend id={ratingId} className="text-sm font-medium text-slate-800 dark:text-slate-200">
          Rating
        </legend>
        <div className="flex w-fit overflow-hidden rounded-md border border-slate-300 dark:border-slate-600">
          {CHOICES.map((value) => (
            <label
              key={value || "none"}
              className={cx(
                "relative cursor-pointer border-l border-slate-300 px-3 py-1.5 text-sm text-slate-700 first:border-l-0 dark:border-slate-600 dark:text-slate-300",
                "hover:bg-slate-50 has-checked:bg-brand-600 has-checked:text-white dark:hover:bg-slate-800 dark:has-checked:bg-brand-600",
                "has-focus-visible:outline-2 has-focus-visible:-outline-offset-2 has-focus-visible:outline-brand-500",
              )}
            >
              {/* Transparent over its label: the whole segment is the click target, for people and tests. */}
              <input
                type="radio"
                value={value}
                className="absolute inset-0 cursor-pointer appearance-none opacity-0"
                {...register("rating")}
              />
              {value ? (
                <>
                  {value}
                  <span className="sr-only"> of 5</span>
                </>
              ) : (
                "None"
              )}
            </label>
          ))}
        </div>
        <p id={`${ratingId}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          1 poor · 5 excellent: how well the assistant handled the call.
        </p>
        {formState.errors.rating?.message && (
          <p className="text-sm text-red-700 dark:text-red-400">{String(formState.errors.rating.message)}</p>
        )}
      </fieldset>
      <Field
        label="Review note"
        error={formState.errors.note?.message}
        hint="Up to 2,000 characters. Kept with the call and in the audit trail."
      >
        {(c) => <Textarea {...c} rows={3} {...register("note")} />}
      </Field>
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      <div>
        <Button type="submit" variant="primary" pending={formState.isSubmitting}>
          Save review
        </Button>
      </div>
    </form>
  );
}
