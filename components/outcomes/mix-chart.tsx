import type { PurposeMix } from "@/lib/outcomes/chart-data";
import { countOf, formatCount, formatRate } from "@/lib/format/words";
import { outcomeBucketLabels, purposeLabels } from "@/lib/labels";
import { ChartCard, EmptyChart, Legend, StackNumbers, usedBuckets } from "./chart-card";
import { coord, outcomeFill, segmentGap } from "./palette";

function describe(rows: PurposeMix[]): string {
  const parts = rows.map((r) => {
    const top = r.stack.reduce((a, b) => (b.count > a.count ? b : a), r.stack[0]);
    return `${purposeLabels[r.purpose]}: ${countOf(r.total, "call")}, mostly ${outcomeBucketLabels[top.bucket].toLowerCase()} (${formatRate(top.count / r.total, 0)})`;
  });
  return `Outcome mix by purpose. ${parts.join("; ")}.`;
}

/** Each purpose as one 100% bar split by outcome, busiest purpose first; the count sits at the end. */
export function MixChart({ rows }: { rows: PurposeMix[] }) {
  const used = usedBuckets(rows);
  const numbers = (
    <StackNumbers
      rowHeader="Purpose"
      rows={rows.map((r) => ({ key: r.purpose, label: purposeLabels[r.purpose], total: r.total, stack: r.stack }))}
      used={used}
    />
  );
  return (
    <ChartCard
      title="Outcome mix by purpose"
      description="How calls of each purpose ended, as shares."
      numbers={rows.length > 0 ? numbers : undefined}
    >
      {rows.length === 0 ? (
        <EmptyChart>No calls in this view.</EmptyChart>
      ) : (
        <>
          <div role="img" aria-label={describe(rows)} className="flex flex-col gap-2.5">
            {rows.map((r) => {
              let x = 0;
              return (
                <div key={r.purpose} className="flex flex-col gap-1">
                  <div aria-hidden="true" className="flex justify-between gap-2 text-xs">
                    <span className="truncate font-medium text-slate-700 dark:text-slate-300">{purposeLabels[r.purpose]}</span>
                    <span className="whitespace-nowrap text-slate-500 tabular-nums dark:text-slate-400">{countOf(r.total, "call")}</span>
                  </div>
                  <svg
                    viewBox="0 0 1000 10"
                    preserveAspectRatio="none"
                    className={`h-4 w-full overflow-hidden rounded-sm ${segmentGap}`}
                    strokeWidth={1}
                  >
                    {r.stack.map((s) => {
                      const w = (s.count / r.total) * 1000;
                      const rect = (
                        <rect key={s.bucket} x={coord(x)} width={coord(w)} y={0} height={10} className={outcomeFill[s.bucket]}>
                          <title>{`${purposeLabels[r.purpose]} · ${outcomeBucketLabels[s.bucket]}: ${formatCount(s.count)} (${formatRate(s.count / r.total, 0)})`}</title>
                        </rect>
                      );
                      x += w;
                      return rect;
                    })}
                  </svg>
                </div>
              );
            })}
          </div>
          <Legend buckets={used} />
        </>
      )}
    </ChartCard>
  );
}
