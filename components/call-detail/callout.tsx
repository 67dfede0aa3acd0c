import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";
import type { StatusTone } from "@/lib/labels";

const tones: Record<StatusTone, string> = {
  neutral: "border-slate-200 bg-slate-50 text-slate-800 dark:border-slate-700 dark:bg-slate-800/50 dark:text-slate-200",
  info: "border-sky-200 bg-sky-50 text-sky-900 dark:border-sky-900 dark:bg-sky-950/40 dark:text-sky-100",
  success: "border-emerald-200 bg-emerald-50 text-emerald-900 dark:border-emerald-900 dark:bg-emerald-950/40 dark:text-emerald-100",
  warning: "border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100",
  danger: "border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950/40 dark:text-red-100",
};

const dots: Record<StatusTone, string> = {
  neutral: "bg-slate-400 dark:bg-slate-500",
  info: "bg-sky-500",
  success: "bg-emerald-500",
  warning: "bg-amber-500",
  danger: "bg-red-500",
};

export function toneDot(tone: StatusTone): string {
  return dots[tone];
}

/** A boxed message; the title carries the meaning, colour only repeats it. */
export function Callout({
  tone,
  title,
  children,
  className,
}: {
  tone: StatusTone;
  title: string;
  children?: ReactNode;
  className?: string;
}) {
  return (
    <div className={cx("rounded-md border px-3 py-2 text-sm", tones[tone], className)}>
      <p className="font-semibold">{title}</p>
      {children && <div className="mt-0.5 leading-snug opacity-90">{children}</div>}
    </div>
  );
}
