import Link from "next/link";
import { cx } from "@/components/ui/cx";
import type { OutcomeRange } from "@/lib/validation/outcomes";

const RANGES: { range: OutcomeRange; label: string }[] = [
  { range: "today", label: "Today" },
  { range: "7d", label: "7 days" },
  { range: "30d", label: "30 days" },
];

/** A plain segmented switch of links: the range lives in the URL like every other filter. */
export function RangeLinks({ path, current }: { path: string; current: OutcomeRange }) {
  return (
    <nav aria-label="Period" className="inline-flex rounded-md border border-slate-300 p-0.5 dark:border-slate-700">
      {RANGES.map((r) => (
        <Link
          key={r.range}
          href={r.range === "30d" ? path : `${path}?range=${r.range}`}
          aria-current={current === r.range ? "page" : undefined}
          className={cx(
            "rounded px-3 py-1 text-sm font-medium",
            current === r.range
              ? "bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900"
              : "text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800",
          )}
        >
          {r.label}
        </Link>
      ))}
    </nav>
  );
}
