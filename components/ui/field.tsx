"use client";
import { useId, type ReactNode } from "react";
import { cx } from "./cx";

/** What a field hands its control so label, hint and error stay wired to it. */
export type ControlProps = {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
  "aria-required": true | undefined;
};

export type FieldProps = {
  label: string;
  /** Defaults to a generated id. */
  id?: string;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  /** Shown at the end of the label row, outside the <label> so its text stays exact. */
  aside?: ReactNode;
  className?: string;
  children: (control: ControlProps) => ReactNode;
};

export function Field({ label, id, hint, error, required, aside, className, children }: FieldProps) {
  const generated = useId();
  const controlId = id ?? generated;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ") || undefined;

  return (
    <div className={cx("flex min-w-0 flex-col gap-1", className)}>
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={controlId} className="text-sm font-medium text-slate-800 dark:text-slate-200">
          {label}
        </label>
        {required && (
          <span aria-hidden="true" className="text-xs text-slate-500 dark:text-slate-400">
            Required
          </span>
        )}
        {aside}
      </div>
      {children({
        id: controlId,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy,
        "aria-required": required ? true : undefined,
      })}
      {error && (
        <p id={errorId} className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      {hint && (
        <p id={hintId} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      )}
    </div>
  );
}
