import { cx } from "@/components/ui/cx";
import { countOf } from "@/lib/format/words";
import { toneDot } from "./callout";
import { Panel } from "./panel";
import type { TimelineEntry } from "./types";

function Entry({ e, last }: { e: TimelineEntry; last: boolean }) {
  return (
    <li className="relative grid grid-cols-[5.75rem_1rem_1fr] gap-x-2">
      <time
        dateTime={e.at}
        title={e.fullTime}
        className="pt-px text-right font-mono text-xs text-slate-500 tabular-nums dark:text-slate-400"
      >
        {e.time}
      </time>
      <div className="relative flex justify-center" aria-hidden="true">
        {!last && <span className="absolute top-3 -bottom-2 w-px bg-slate-200 dark:bg-slate-700" />}
        <span
          className={cx(
            "relative mt-1 size-2.5 rounded-full ring-2",
            // A hollow dot: the late event is on record but never moved the call.
            e.late
              ? "bg-white ring-slate-400 dark:bg-slate-900 dark:ring-slate-500"
              : cx(toneDot(e.tone), "ring-white dark:ring-slate-900"),
          )}
        />
      </div>
      <div className={cx("min-w-0 pb-3 text-sm", e.late && "text-slate-500 dark:text-slate-400")}>
        <p className={cx("font-medium", !e.late && "text-slate-900 dark:text-slate-100")}>{e.label}</p>
        {e.detail && <p className="break-words text-slate-600 dark:text-slate-400">{e.detail}</p>}
        {e.late && (
          <p className="mt-0.5 text-xs italic text-slate-500 dark:text-slate-400">
            Arrived late{e.receivedTime ? ` (received ${e.receivedTime})` : ""}, recorded only
          </p>
        )}
      </div>
    </li>
  );
}

export function StatusHistory({ history }: { history: TimelineEntry[] }) {
  return (
    <Panel
      title="Status history"
      aside={<span className="text-xs text-slate-500 dark:text-slate-400">{countOf(history.length, "event")}</span>}
    >
      {history.length === 0 ? (
        <p className="text-sm text-slate-500 dark:text-slate-400">Nothing recorded yet.</p>
      ) : (
        <ol aria-label="Status history" className="pt-1">
          {history.map((e, i) => (
            <Entry key={e.key} e={e} last={i === history.length - 1} />
          ))}
        </ol>
      )}
    </Panel>
  );
}
