import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Callout } from "./callout";
import { Facts, Panel } from "./panel";
import type { CallDetailView, OutcomeView } from "./types";

function Outcome({ outcome }: { outcome: OutcomeView }) {
  return (
    <div className="space-y-2">
      <div>
        <p className="text-xs text-slate-500 dark:text-slate-400">Outcome</p>
        <div className="flex flex-wrap items-baseline gap-x-2">
          {/* The provider's code stays out of sight (a tooltip, for support): people read the label. */}
          <p title={outcome.type} className="text-lg font-semibold text-slate-900 dark:text-slate-50">
            {outcome.label}
          </p>
        </div>
      </div>
      {outcome.notes && <p className="text-sm leading-relaxed text-slate-700 dark:text-slate-300">{outcome.notes}</p>}
      <Facts rows={outcome.details} />
    </div>
  );
}

export function SummaryPanel({ view }: { view: CallDetailView }) {
  const { notice, outcome, review, attention, doNotCall, aiSummary, answeredBy } = view;
  return (
    <Panel title="Summary">
      <div className="space-y-3">
        {review && (
          <Callout tone="warning" title="Needs review">
            {review} A manager classifies it from the attention list; nothing was done automatically.
          </Callout>
        )}
        {notice && (
          <Callout tone={notice.tone} title={notice.title}>
            {notice.text}
            {notice.link && (
              <Link href={notice.link.href} className="mt-1 block font-medium underline underline-offset-2">
                {notice.link.label}
              </Link>
            )}
            {notice.smallPrint && <small className="mt-1 block font-mono text-xs opacity-80">Provider: {notice.smallPrint}</small>}
          </Callout>
        )}
        {outcome && <Outcome outcome={outcome} />}
        {doNotCall && (
          <Callout tone="danger" title="Customer flagged: do not call">
            {doNotCall}
          </Callout>
        )}
        {attention.length > 0 && (
          <ul aria-label="Attention items" className="space-y-2">
            {attention.map((a) => (
              <li key={a.kind}>
                <Callout tone={a.resolved ? "neutral" : a.kind === "escalation" ? "danger" : "warning"} title={a.label}>
                  {a.detail ?? "No detail given."}
                  {a.resolved && (
                    <Badge tone="success" className="ml-2">
                      Resolved
                    </Badge>
                  )}
                </Callout>
              </li>
            ))}
          </ul>
        )}
        {aiSummary && (
          <div className="border-t border-slate-100 pt-3 dark:border-slate-800">
            <h3 className="text-xs text-slate-500 dark:text-slate-400">AI summary</h3>
            <p className="mt-1 text-sm leading-relaxed text-slate-800 dark:text-slate-200">{aiSummary}</p>
          </div>
        )}
        {(answeredBy || view.status === "completed") && (
          <Facts
            className="border-t border-slate-100 pt-3 dark:border-slate-800"
            rows={[{ label: "Answered by", value: answeredBy ?? "Not reported" }]}
          />
        )}
      </div>
    </Panel>
  );
}
