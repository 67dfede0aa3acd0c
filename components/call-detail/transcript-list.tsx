"use client";
import { cx } from "@/components/ui/cx";
import type { Utterance } from "@/db/schema/outcomes";
import { formatOffset } from "@/lib/format/time";
import { useFollowScroll } from "./use-follow-scroll";

const SPEAKER = {
  assistant: {
    label: "Assistant",
    indent: "mr-6",
    border: "border-l-brand-500 dark:border-l-sky-400",
    fill: "bg-brand-50/70 dark:bg-sky-950/30",
    name: "text-brand-700 dark:text-sky-300",
  },
  customer: {
    label: "Customer",
    indent: "ml-6",
    border: "border-l-emerald-500 dark:border-l-emerald-400",
    fill: "bg-slate-50 dark:bg-slate-800/60",
    name: "text-emerald-800 dark:text-emerald-300",
  },
} as const;

export type TranscriptListProps = {
  utterances: Utterance[];
  /** Index of the line under the playhead, or null. */
  activeIndex: number | null;
  /** Follow the playhead by scrolling; only while audio plays. */
  following: boolean;
  /** Present when there is a recording: each line becomes a button that plays from its start. */
  onSeek?: (start: number) => void;
};

export function TranscriptList({ utterances, activeIndex, following, onSeek }: TranscriptListProps) {
  const { boxRef, scrollHandlers } = useFollowScroll(activeIndex, following);

  return (
    <div
      ref={boxRef}
      {...scrollHandlers}
      // Focusable so keyboard users can scroll it when the lines are not buttons (no recording).
      tabIndex={0}
      role="region"
      aria-label="Transcript lines"
      className="max-h-[28rem] overflow-y-auto overscroll-contain px-4 py-3 focus-visible:outline-2 focus-visible:outline-brand-500 lg:max-h-[calc(100vh-17rem)]"
    >
      <ol aria-label="Transcript" className="space-y-1.5">
        {utterances.map((u, i) => {
          const s = SPEAKER[u.speaker] ?? SPEAKER.customer;
          const active = i === activeIndex;
          const body = (
            <>
              <span className="flex items-baseline gap-2 text-xs">
                <span className={cx("font-semibold", s.name)}>{s.label}</span>
                <span className="font-mono text-slate-600 tabular-nums dark:text-slate-400">{formatOffset(u.start)}</span>
              </span>
              <span className="mt-0.5 block text-sm leading-snug text-slate-800 dark:text-slate-200">{u.text}</span>
            </>
          );
          const look = cx(
            "block w-full rounded-md border-l-[3px] px-3 py-1.5 text-left",
            s.border,
            // A marker-pen highlight, unlike the blue focus ring, so "playing" and "focused" never look alike.
            active ? "bg-amber-100 ring-1 ring-amber-400 dark:bg-amber-900/40 dark:ring-amber-600" : s.fill,
          );
          return (
            <li key={`${u.start}-${i}`} className={s.indent}>
              {onSeek ? (
                <button
                  type="button"
                  aria-current={active ? "true" : undefined}
                  data-start={u.start}
                  onClick={() => onSeek(u.start)}
                  className={cx(look, "cursor-pointer transition hover:brightness-[0.97] dark:hover:brightness-125")}
                >
                  <span className="sr-only">Play from {formatOffset(u.start)}: </span>
                  {body}
                </button>
              ) : (
                <div className={look}>{body}</div>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
