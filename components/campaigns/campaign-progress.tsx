import type { CampaignLive } from "@/lib/campaigns/view";
import { outcomeDisplay } from "@/lib/labels";

export const rowStateLabels: Record<string, string> = {
  queued: "Queued",
  waiting: "Waiting",
  dialing: "Dialing",
  calling: "On a call",
  done: "Done",
  refused: "Refused",
  failed: "Not reached",
  canceled: "Canceled",
};

const order = ["queued", "waiting", "dialing", "calling", "done", "refused", "failed", "canceled"];

/** Counts by state and outcome, the pace against the setting, and how long the rest will take. */
export function CampaignProgress({ live }: { live: CampaignLive }) {
  const finished = (live.byState.done ?? 0) + (live.byState.refused ?? 0) + (live.byState.failed ?? 0) + (live.byState.canceled ?? 0);
  const pct = live.total === 0 ? 0 : Math.round((100 * finished) / live.total);
  return (
    <section
      aria-labelledby="progress-title"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id="progress-title" className="text-base font-semibold">
        Progress
      </h2>
      <div>
        <div className="flex justify-between text-sm">
          <span>
            {finished} of {live.total} rows finished
          </span>
          <span className="tabular-nums">{pct}%</span>
        </div>
        <div className="mt-1 h-2 rounded bg-slate-200 dark:bg-slate-700" aria-hidden="true">
          <div className="h-2 rounded bg-brand-600" style={{ width: `${pct}%` }} />
        </div>
      </div>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-4" aria-label="Rows by state">
        {order.map((s) => (
          <div key={s}>
            <dt className="text-xs text-slate-600 dark:text-slate-400">{rowStateLabels[s]}</dt>
            <dd className="font-semibold tabular-nums" data-state={s}>
              {live.byState[s] ?? 0}
            </dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Pace: <span className="tabular-nums">{live.lastMinute}</span> calls in the last minute (set to {live.ratePerMinute} a minute)
        {live.etaMinutes !== null && <> · about {live.etaMinutes} min left to dial the rest</>}
      </p>
      {Object.keys(live.byOutcome).length > 0 && (
        <ul aria-label="Outcomes so far" className="flex flex-wrap gap-2 text-xs">
          {Object.entries(live.byOutcome).map(([type, n]) => (
            <li key={type} className="rounded-full bg-slate-100 px-2 py-0.5 dark:bg-slate-800">
              {outcomeDisplay[type as keyof typeof outcomeDisplay]?.label ?? type}: <span className="tabular-nums">{n}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
