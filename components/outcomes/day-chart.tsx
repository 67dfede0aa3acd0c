import type { DayStack } from "@/lib/outcomes/chart-data";
import { formatCalendarDay, formatDayRange } from "@/lib/format/time";
import { countOf, formatCount } from "@/lib/format/words";
import { outcomeBucketLabels, type OutcomeBucket } from "@/lib/labels";
import { ChartCard, EmptyChart, Legend, StackNumbers, usedBuckets } from "./chart-card";
import { coord, outcomeFill, segmentGap } from "./palette";

/** A round number at or above the tallest bar whose quarters are round too (4, 8, 20, 60, 400…). */
export function niceMax(value: number): number {
  if (value <= 12) return Math.max(4, Math.ceil(value / 4) * 4);
  const step = 10 ** Math.floor(Math.log10(value));
  return [1.2, 1.6, 2, 4, 6, 8, 10].map((m) => m * step).find((m) => m >= value) ?? 10 * step;
}

function summary(days: DayStack[], total: number, used: OutcomeBucket[]): string {
  const busiest = days.reduce((a, b) => (b.total > a.total ? b : a), days[0]);
  const counts = used
    .map((b) => [b, days.reduce((n, d) => n + (d.stack.find((s) => s.bucket === b)?.count ?? 0), 0)] as const)
    .sort((a, b) => b[1] - a[1]);
  const top = counts
    .slice(0, 3)
    .map(([b, n]) => `${outcomeBucketLabels[b]} ${formatCount(n)}`)
    .join(", ");
  return `Calls per day, stacked by outcome, ${formatDayRange(days[0].day, days.at(-1)?.day ?? days[0].day)}: ${countOf(total, "call")}. Busiest day ${formatCalendarDay(busiest.day)} with ${formatCount(busiest.total)}. Most common: ${top}.`;
}

/** Outcomes over time: one stacked bar a day. Bars are SVG; labels are HTML so they stay crisp at any width. */
export function DayChart({ days }: { days: DayStack[] }) {
  const total = days.reduce((n, d) => n + d.total, 0);
  const used = usedBuckets(days);
  const max = niceMax(Math.max(0, ...days.map((d) => d.total)));
  const n = days.length;
  const labelEvery = Math.ceil(n / 8);
  // Each day's segments stacked from the bottom, in the stack's order.
  const segments = days.map((d) => {
    let y = 100;
    return new Map(
      d.stack.map((s) => {
        const height = (s.count / max) * 100;
        y -= height;
        return [s.bucket, { y, height, count: s.count }] as const;
      }),
    );
  });
  const numbers = (
    <StackNumbers
      rowHeader="Day"
      rows={days.map((d) => ({ key: d.day, label: formatCalendarDay(d.day, true), total: d.total, stack: d.stack }))}
      used={used}
    />
  );
  return (
    <ChartCard title="Outcomes by day" description="Calls per day, stacked by how they ended." numbers={total > 0 ? numbers : undefined}>
      {total === 0 ? (
        <EmptyChart>No calls in this view.</EmptyChart>
      ) : (
        <>
          <div className="grid grid-cols-[auto_1fr] gap-x-2">
            <div aria-hidden="true" className="relative h-52 w-8 text-right text-xs text-slate-500 dark:text-slate-400">
              {[1, 0.75, 0.5, 0.25, 0].map((f) => (
                <span key={f} className="absolute right-0 -translate-y-1/2" style={{ top: `${(1 - f) * 100}%` }}>
                  {formatCount(max * f)}
                </span>
              ))}
            </div>
            <div className="relative h-52 border-b border-slate-300 dark:border-slate-600">
              {[0, 0.25, 0.5, 0.75].map((f) => (
                <div
                  key={f}
                  aria-hidden="true"
                  className="absolute inset-x-0 border-t border-dashed border-slate-200 dark:border-slate-800"
                  style={{ top: `${f * 100}%` }}
                />
              ))}
              <svg
                role="img"
                aria-label={summary(days, total, used)}
                viewBox={`0 0 ${n * 10} 100`}
                preserveAspectRatio="none"
                className={`absolute inset-0 size-full overflow-visible ${segmentGap}`}
                strokeWidth={1}
              >
                {/* One group per outcome carries the fill, so each bar's segment is a bare rect. */}
                {used.map((bucket) => (
                  <g key={bucket} className={outcomeFill[bucket]}>
                    {days.map((d, i) => {
                      const segment = segments[i].get(bucket);
                      return segment ? (
                        <rect key={d.day} x={i * 10 + 1.5} width={7} y={coord(segment.y)} height={coord(segment.height)}>
                          <title>{`${formatCalendarDay(d.day, true)} · ${outcomeBucketLabels[bucket]}: ${formatCount(segment.count)}`}</title>
                        </rect>
                      ) : null;
                    })}
                  </g>
                ))}
              </svg>
            </div>
            <div />
            <div aria-hidden="true" className="relative h-5 text-xs text-slate-500 dark:text-slate-400">
              {days.map((d, i) =>
                i % labelEvery === 0 ? (
                  <span
                    key={d.day}
                    className="absolute top-1 -translate-x-1/2 whitespace-nowrap"
                    style={{ left: `${((i + 0.5) / n) * 100}%` }}
                  >
                    {formatCalendarDay(d.day)}
                  </span>
                ) : null,
              )}
            </div>
          </div>
          <Legend buckets={used} />
        </>
      )}
    </ChartCard>
  );
}
