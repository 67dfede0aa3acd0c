import type { RateRow } from "@/lib/outcomes/chart-data";
import { formatCount, formatRate } from "@/lib/format/words";
import { ChartCard, EmptyChart, numbersTable } from "./chart-card";

function describe(title: string, rows: RateRow[], overall: number | null): string {
  const parts = rows.map((r) =>
    r.rate === null ? `${r.label}: nobody reached` : `${r.label} ${formatRate(r.rate, 0)} (${r.booked} of ${r.reached})`,
  );
  return `${title}. Overall ${formatRate(overall, 0)}. ${parts.join("; ")}.`;
}

/** The axis end: the highest rate rounded up to a tenth, so 25% and 32% do not look alike on a 0–100% bar. */
export function rateScale(...groups: RateRow[][]): number {
  const top = Math.max(0, ...groups.flat().map((r) => r.rate ?? 0));
  return Math.min(1, Math.max(0.2, Math.ceil((top + 0.001) * 10) / 10));
}

/**
 * Booked over reached, one bar per assistant or dispatcher, against the overall rate (the dashed
 * line). Charts shown together share `scale` so their bars compare.
 */
export function RateChart({
  title,
  description,
  rows,
  overall,
  scale = 1,
}: {
  title: string;
  description: string;
  rows: RateRow[];
  overall: number | null;
  scale?: number;
}) {
  const at = (rate: number) => `${Math.min(100, (rate / scale) * 100)}%`;
  const numbers = (
    <table className={numbersTable}>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Calls</th>
          <th scope="col">Reached</th>
          <th scope="col">Booked</th>
          <th scope="col">Booking rate</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td>{r.placed}</td>
            <td>{r.reached}</td>
            <td>{r.booked}</td>
            <td>{formatRate(r.rate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartCard title={title} description={description} numbers={rows.length > 0 ? numbers : undefined}>
      {rows.length === 0 ? (
        <EmptyChart>No calls in this view.</EmptyChart>
      ) : (
        <div role="img" aria-label={describe(title, rows, overall)} className="flex flex-col gap-2">
          {rows.map((r) => (
            <div key={r.key} aria-hidden="true" className="grid grid-cols-[minmax(6rem,9rem)_1fr_4.5rem] items-center gap-2 text-xs">
              <span className="truncate font-medium text-slate-700 dark:text-slate-300" title={r.label}>
                {r.label}
              </span>
              <span className="relative h-4 rounded-sm bg-slate-100 dark:bg-slate-800">
                {r.rate !== null && (
                  <svg viewBox="0 0 100 10" preserveAspectRatio="none" className="absolute inset-0 size-full">
                    <rect
                      x={0}
                      y={0}
                      height={10}
                      width={Math.min(100, (r.rate / scale) * 100)}
                      className="fill-emerald-600 dark:fill-emerald-400"
                    >
                      <title>{`${r.label}: ${formatRate(r.rate)} — ${formatCount(r.booked)} booked of ${formatCount(r.reached)} reached`}</title>
                    </rect>
                  </svg>
                )}
                {overall !== null && (
                  <span
                    className="absolute inset-y-[-3px] border-l-2 border-dashed border-slate-500 dark:border-slate-300"
                    style={{ left: at(overall) }}
                  />
                )}
              </span>
              <span className="text-right whitespace-nowrap text-slate-600 tabular-nums dark:text-slate-300">
                {r.rate === null ? "no one reached" : `${formatRate(r.rate, 0)} · ${formatCount(r.booked)}/${formatCount(r.reached)}`}
              </span>
            </div>
          ))}
          <div
            aria-hidden="true"
            className="grid grid-cols-[minmax(6rem,9rem)_1fr_4.5rem] gap-2 text-xs text-slate-500 dark:text-slate-400"
          >
            <span className="flex items-center gap-1.5">
              {overall !== null && (
                <>
                  <span className="inline-block h-3 border-l-2 border-dashed border-slate-500 dark:border-slate-300" /> All:{" "}
                  {formatRate(overall)}
                </>
              )}
            </span>
            <span className="flex justify-between tabular-nums">
              <span>0%</span>
              <span>{formatRate(scale / 2, 0)}</span>
              <span>{formatRate(scale, 0)}</span>
            </span>
          </div>
        </div>
      )}
    </ChartCard>
  );
}
