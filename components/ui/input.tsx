import type { ComponentProps } from "react";
import { cx } from "./cx";

/** Shared by inputs, textareas and selects so every control looks and focuses alike. */
export const controlClasses =
  "w-full rounded-md border border-slate-300 bg-white px-2.5 text-sm text-slate-900 shadow-sm " +
  "placeholder:text-slate-400 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/30 " +
  "disabled:cursor-not-allowed disabled:bg-slate-100 disabled:text-slate-500 " +
  "aria-[invalid=true]:border-red-600 aria-[invalid=true]:focus:ring-red-600/30 " +
  "dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-500 " +
  "dark:disabled:bg-slate-800 dark:aria-[invalid=true]:border-red-500 dark:[color-scheme:dark]";

export type InputProps = ComponentProps<"input">;

export function Input({ className, ...props }: InputProps) {
  return <input className={cx(controlClasses, "h-9", className)} {...props} />;
}
