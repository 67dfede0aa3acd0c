import { Facts } from "@/components/call-detail/panel";
import type { OutcomeView } from "@/components/call-detail/types";
import type { ReviewPanelView } from "./types";

function OutcomeLine({ outcome }: { outcome: OutcomeView }) {
  return (
    <div className="flex flex-wrap items-baseline gap-x-2">
      <span title={outcome.type} className="font-semibold text-slate-900 dark:text-slate-50">
        {outcome.label}
      </span>
    </div>
  );
}

/** The outcome as it stands, who changed it and why, and what the AI first said. */
export function OutcomeSummary({ view }: { view: ReviewPanelView }) {
  const { outcome, reclassified, original } = view;
  return (
    <div className="space-y-2 text-sm">
      <div>
        <p className="text-xs text-slate-500 dark:text-slate-400">Current outcome</p>
        {outcome ? <OutcomeLine outcome={outcome} /> : <p className="text-slate-700 dark:text-slate-300">No outcome reported.</p>}
        {outcome?.notes && <p className="mt-0.5 text-slate-700 dark:text-slate-300">{outcome.notes}</p>}
      </div>
      {reclassified && (
        <p className="text-slate-700 dark:text-slate-300">
          Reclassified from <span className="font-medium">{reclassified.fromLabel}</span> by {reclassified.byName}, {reclassified.at}:{" "}
          <q className="italic">{reclassified.reason}</q>
        </p>
      )}
      {original && (
        <div
          aria-label="Original AI outcome"
          role="group"
          className="rounded-md border border-dashed border-slate-300 px-3 py-2 dark:border-slate-700"
        >
          <p className="text-xs text-slate-500 dark:text-slate-400">Original AI outcome</p>
          {original === "none" ? (
            <p className="text-slate-700 dark:text-slate-300">The AI reported no outcome.</p>
          ) : (
            <>
              <OutcomeLine outcome={original} />
              {original.notes && <p className="mt-0.5 text-slate-700 dark:text-slate-300">{original.notes}</p>}
              <Facts rows={original.details} className="mt-1" />
            </>
          )}
        </div>
      )}
    </div>
  );
}
