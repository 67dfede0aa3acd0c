import { useId, type ReactNode } from "react";
import type { BoardCall, Lane } from "@/lib/calls/board-call";
import { cx } from "@/components/ui/cx";
import { CallCard } from "./call-card";
import { laneEmpty, laneTitles } from "./labels";

const accents: Record<Lane, string> = {
  queued: "bg-sky-400",
  live: "bg-emerald-500",
  completed: "bg-slate-400",
  problem: "bg-red-500",
};

export type BoardLaneProps = {
  lane: Lane;
  calls: BoardCall[];
  /** The lane's count when it shows only some of its calls. */
  total?: number;
  /** Under the cards: what the lane left out, and where to find it. */
  footer?: ReactNode;
  timeZone: string;
  userId: string;
  filtered: boolean;
};

export function BoardLane({ lane, calls, total, footer, timeZone, userId, filtered }: BoardLaneProps) {
  const titleId = useId();
  const count = total ?? calls.length;
  return (
    <section
      aria-labelledby={titleId}
      className="flex min-h-0 min-w-0 flex-col rounded-xl border border-slate-200 bg-slate-100/70 dark:border-slate-800 dark:bg-slate-900/50"
    >
      <h2 className="flex items-center gap-2 border-b border-slate-200 px-3 py-2.5 text-sm font-semibold text-slate-800 dark:border-slate-800 dark:text-slate-200">
        <span aria-hidden="true" className={cx("size-2 shrink-0 rounded-full", accents[lane])} />
        <span id={titleId}>{laneTitles[lane]}</span>{" "}
        <span className="ml-auto rounded-full bg-white px-2 py-0.5 text-xs font-semibold tabular-nums text-slate-700 ring-1 ring-inset ring-slate-200 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-700">
          {count.toLocaleString("en-US")}
          <span className="sr-only">{count === 1 ? " call" : " calls"}</span>
        </span>
      </h2>
      {calls.length === 0 ? (
        <p className="px-3 py-6 text-center text-xs text-slate-600 dark:text-slate-400">
          {filtered ? "No calls match the filters." : laneEmpty[lane]}
        </p>
      ) : (
        <ol className="flex flex-col gap-2 overflow-y-auto p-2 lg:max-h-[calc(100dvh-17rem)]">
          {calls.map((call) => (
            <li key={call.id}>
              <CallCard call={call} timeZone={timeZone} userId={userId} />
            </li>
          ))}
        </ol>
      )}
      {footer}
    </section>
  );
}
