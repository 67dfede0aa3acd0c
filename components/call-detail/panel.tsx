import { useId, type ReactNode } from "react";
import { cx } from "@/components/ui/cx";

/** A titled card; its heading names the region so screen readers can jump between panels. */
export function Panel({
  title,
  aside,
  className,
  flush = false,
  children,
}: {
  title: string;
  aside?: ReactNode;
  className?: string;
  /** The body brings its own padding (a scrolling list). */
  flush?: boolean;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section
      aria-labelledby={id}
      className={cx("rounded-lg border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900", className)}
    >
      <div className="flex items-center justify-between gap-3 border-b border-slate-100 px-4 py-2.5 dark:border-slate-800">
        <h2 id={id} className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
          {title}
        </h2>
        {aside}
      </div>
      <div className={flush ? undefined : "px-4 py-3"}>{children}</div>
    </section>
  );
}

/** Label/value pairs in two columns, tight enough to scan. */
export function Facts({ rows, className }: { rows: { label: string; value: ReactNode }[]; className?: string }) {
  if (rows.length === 0) return null;
  return (
    <dl className={cx("grid grid-cols-[minmax(7rem,max-content)_1fr] gap-x-4 gap-y-1.5 text-sm", className)}>
      {rows.map((r) => (
        <div key={r.label} className="contents">
          <dt className="text-slate-500 dark:text-slate-400">{r.label}</dt>
          <dd className="min-w-0 break-words text-slate-900 dark:text-slate-100">{r.value}</dd>
        </div>
      ))}
    </dl>
  );
}
