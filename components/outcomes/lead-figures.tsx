import type { LeadSourceRow, LeadSpeed } from "@/db/queries/lead-report";

function seconds(value: number | null): string {
  if (value === null) return "—";
  if (value < 90) return `${Math.round(value)} s`;
  if (value < 5400) return `${Math.round(value / 60)} min`;
  return `${(value / 3600).toFixed(1)} h`;
}

const pct = (n: number, of: number) => (of === 0 ? "—" : `${Math.round((100 * n) / of)}%`);
const th = "px-3 py-2 font-medium";
const td = "px-3 py-2 tabular-nums";

/** Speed-to-lead: how fast leads were first called, and which sources book. */
export function LeadFigures({ speed, bySource }: { speed: LeadSpeed; bySource: LeadSourceRow[] }) {
  return (
    <section
      aria-labelledby="lead-figures"
      className="flex min-w-0 flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <div>
        <h2 id="lead-figures" className="text-base font-semibold text-slate-900 dark:text-slate-50">
          Speed to lead
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          From a lead’s arrival to its first call going out ({speed.called} of {speed.leads} leads called). Held calls count their wait.
        </p>
      </div>
      <dl className="grid grid-cols-2 gap-3 sm:max-w-md">
        <div>
          <dt className="text-xs text-slate-600 dark:text-slate-400">Time to first call, median</dt>
          <dd className="text-xl font-semibold tabular-nums">{seconds(speed.p50Seconds)}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-600 dark:text-slate-400">Time to first call, 90th percentile</dt>
          <dd className="text-xl font-semibold tabular-nums">{seconds(speed.p90Seconds)}</dd>
        </div>
      </dl>
      <div className="overflow-x-auto">
        <table className="min-w-full text-sm">
          <caption className="sr-only">Booking rate by lead source</caption>
          <thead className="text-left text-xs text-slate-600 dark:text-slate-400">
            <tr>
              <th scope="col" className={th}>
                Source
              </th>
              <th scope="col" className={th}>
                Leads
              </th>
              <th scope="col" className={th}>
                Reached
              </th>
              <th scope="col" className={th}>
                Booked
              </th>
              <th scope="col" className={th}>
                Booking rate
              </th>
            </tr>
          </thead>
          <tbody>
            {bySource.map((r) => (
              <tr key={r.source} className="border-t border-slate-100 dark:border-slate-800">
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  {r.source}
                </th>
                <td className={td}>{r.leads}</td>
                <td className={td}>{r.reached}</td>
                <td className={td}>{r.booked}</td>
                <td className={td}>{pct(r.booked, r.leads)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {bySource.length === 0 && <p className="py-4 text-sm text-slate-600 dark:text-slate-400">No leads in this period.</p>}
      </div>
    </section>
  );
}
