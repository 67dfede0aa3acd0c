"use client";
import { useId, type ComponentProps, type ReactNode } from "react";
import { cx } from "./cx";

export type CheckboxProps = Omit<ComponentProps<"input">, "type"> & {
  label: string;
  hint?: ReactNode;
  error?: string;
};

export function Checkbox({ label, hint, error, id, className, ...props }: CheckboxProps) {
  const generated = useId();
  const controlId = id ?? generated;
  const describedBy = [error ? `${controlId}-error` : null, hint ? `${controlId}-hint` : null].filter(Boolean).join(" ") || undefined;

  return (
    <div className={cx("flex items-start gap-2", className)}>
      <input
        id={controlId}
        type="checkbox"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="mt-0.5 size-4 rounded border-slate-400 accent-brand-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500 dark:border-slate-500"
        {...props}
      />
      <div className="flex flex-col gap-0.5">
        <label htmlFor={controlId} className="text-sm font-medium text-slate-800 dark:text-slate-200">
          {label}
        </label>
        {hint && (
          <p id={`${controlId}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
            {hint}
          </p>
        )}
        {error && (
          <p id={`${controlId}-error`} className="text-sm text-red-700 dark:text-red-400">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
