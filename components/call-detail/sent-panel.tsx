import { Facts, Panel } from "./panel";
import type { SentView } from "./types";

/** What the assistant was told before it dialed: the context and slots as sent. */
export function SentPanel({ sent }: { sent: SentView }) {
  const options = [
    { label: "Number dialed", value: <span className="font-mono text-xs">{sent.phone}</span> },
    { label: "Max duration", value: sent.maxDuration },
    { label: "Recording", value: sent.recordCall ? "On" : "Off" },
    ...(sent.serviceDuration ? [{ label: "Service length", value: sent.serviceDuration }] : []),
    ...(sent.earliest ? [{ label: "Earliest available", value: sent.earliest }] : []),
  ];

  return (
    <Panel title="What was sent">
      <div className="space-y-3">
        {sent.context.length > 0 ? (
          <dl className="space-y-2 text-sm">
            {sent.context.map((c) => (
              <div key={c.label}>
                <dt className="text-xs text-slate-500 dark:text-slate-400">{c.label}</dt>
                <dd className="whitespace-pre-line text-slate-800 dark:text-slate-200">{c.value}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <p className="text-sm text-slate-500 dark:text-slate-400">No context was sent.</p>
        )}

        <div className="border-t border-slate-100 pt-3 dark:border-slate-800">
          <h3 className="text-xs text-slate-500 dark:text-slate-400">Offered slots</h3>
          {sent.slots.length > 0 ? (
            <ul aria-label="Offered slots" className="mt-1 space-y-0.5 text-sm text-slate-800 tabular-nums dark:text-slate-200">
              {sent.slots.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          ) : (
            <p className="mt-1 text-sm text-slate-500 dark:text-slate-400">None offered.</p>
          )}
        </div>

        <Facts className="border-t border-slate-100 pt-3 dark:border-slate-800" rows={options} />
      </div>
    </Panel>
  );
}
