import type { ReactNode } from "react";
import type { Stack } from "@/lib/outcomes/chart-data";
import { outcomeBucketLabels, outcomeBuckets, type OutcomeBucket } from "@/lib/labels";
import { outcomeSwatch } from "./palette";

/**
 * A chart's frame: a title, one line on what it shows, the chart, and its numbers behind a
 * "Show the numbers" disclosure (the same table a screen reader gets).
 */
export function ChartCard({
  title,
  description,
  children,
  numbers,
  className,
}: {
  title: string;
  description: string;
  children: ReactNode;
  numbers?: ReactNode;
  className?: string;
}) {
  const id = `chart-${title.toLowerCase().replace(/[^a-z]+/g, "-")}`;
  return (
    <section
      aria-labelledby={id}
      className={`flex min-w-0 flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900 ${className ?? ""}`}
    >
      <div>
        <h2 id={id} className="text-base font-semibold text-slate-900 dark:text-slate-50">
          {title}
        </h2>
        <p className="text-sm text-slate-500 dark:text-slate-400">{description}</p>
      </div>
      {children}
      {numbers && (
        <details className="text-sm">
          <summary className="cursor-pointer text-slate-600 select-none hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100">
            Show the numbers
          </summary>
          <div className="mt-2 max-h-80 overflow-auto">{numbers}</div>
        </details>
      )}
    </section>
  );
}

export function Legend({ buckets }: { buckets: OutcomeBucket[] }) {
  return (
    <ul aria-label="Legend" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300">
      {buckets.map((b) => (
        <li key={b} className="flex items-center gap-1.5">
          <span aria-hidden="true" className={`size-2.5 rounded-sm ${outcomeSwatch[b]}`} />
          {outcomeBucketLabels[b]}
        </li>
      ))}
    </ul>
  );
}

export const numbersTable =
  "min-w-full text-xs tabular-nums [&_td]:px-2 [&_td]:py-1 [&_th]:px-2 [&_th]:py-1 [&_th]:text-left [&_th]:font-medium [&_thead]:text-slate-500 [&_tbody_tr]:border-t [&_tbody_tr]:border-slate-100 dark:[&_tbody_tr]:border-slate-800";

export function EmptyChart({ children }: { children: ReactNode }) {
  return (
    <p className="rounded-md border border-dashed border-slate-300 p-6 text-center text-sm text-slate-500 dark:border-slate-700 dark:text-slate-400">
      {children}
    </p>
  );
}

/** The outcomes that occur anywhere in a set of stacked rows, in the legend's order. */
export function usedBuckets(rows: { stack: Stack }[]): OutcomeBucket[] {
  return outcomeBuckets.filter((b) => rows.some((r) => r.stack.some((s) => s.bucket === b)));
}

/** The numbers behind a stacked chart: one row per bar, a column per outcome. */
export function StackNumbers({
  rowHeader,
  rows,
  used,
}: {
  rowHeader: string;
  rows: { key: string; label: string; total: number; stack: Stack }[];
  used: OutcomeBucket[];
}) {
  return (
    <table className={numbersTable}>
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          <th scope="col">Calls</th>
          {used.map((b) => (
            <th key={b} scope="col">
              {outcomeBucketLabels[b]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td>{r.total}</td>
            {used.map((b) => (
              <td key={b}>{r.stack.find((s) => s.bucket === b)?.count ?? 0}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
