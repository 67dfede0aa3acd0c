import type { LiveState } from "@/components/live/use-live-calls";
import { cx } from "@/components/ui/cx";

const display: Record<LiveState, { label: string; dot: string; hint: string }> = {
  connecting: { label: "Connecting…", dot: "bg-slate-400", hint: "Opening the live feed" },
  live: { label: "Live", dot: "bg-emerald-500", hint: "Calls update as they happen" },
  reconnecting: {
    label: "Reconnecting…",
    dot: "bg-amber-500 motion-safe:animate-pulse",
    hint: "Showing the last known state; catching up once reconnected",
  },
};

/** Tells the dispatcher whether what they see is current; read out politely when it changes. */
export function ConnectionStatus({ state }: { state: LiveState }) {
  const d = display[state];
  return (
    <p
      role="status"
      aria-live="polite"
      title={d.hint}
      className={cx(
        "inline-flex items-center gap-2 rounded-full px-2.5 py-1 text-xs font-medium ring-1 ring-inset",
        state === "reconnecting"
          ? "bg-amber-50 text-amber-900 ring-amber-300 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-800"
          : "bg-white text-slate-700 ring-slate-200 dark:bg-slate-900 dark:text-slate-300 dark:ring-slate-700",
      )}
    >
      <span aria-hidden="true" className={cx("size-2 rounded-full", d.dot)} />
      {d.label}
    </p>
  );
}
