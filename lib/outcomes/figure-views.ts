import type { FigureSet, Figures } from "@/db/queries/outcomes-report";
import { countOf, formatCount, formatRate, ratio } from "@/lib/format/words";
import { formatDuration } from "@/lib/format/time";

/** Whether a rise is good news: a manager reads green as "better", whatever the arrow. */
type Polarity = "up-good" | "up-bad" | "neutral";

export type FigureDelta = { text: string; direction: "up" | "down" | "flat"; tone: "good" | "bad" | "neutral"; spoken: string };
export type FigureView = { key: string; label: string; value: string; detail: string | null; delta: FigureDelta | null; help: string };

type Def = {
  key: string;
  label: string;
  help: string;
  polarity: Polarity;
  /** A count, a share (0–1) or seconds. */
  kind: "count" | "rate" | "seconds";
  value: (f: FigureSet) => number | null;
  detail?: (f: FigureSet) => string | null;
};

export const FIGURES: Def[] = [
  {
    key: "placed",
    label: "Calls placed",
    help: "Every call in the view, whatever happened to it.",
    polarity: "neutral",
    kind: "count",
    value: (f) => f.placed,
  },
  {
    key: "reached",
    label: "Reached a person",
    help: "Answered by a person, not voicemail.",
    polarity: "up-good",
    kind: "count",
    value: (f) => f.reached,
    detail: (f) => (f.placed ? `${formatRate(ratio(f.reached, f.placed))} of calls` : null),
  },
  {
    key: "booking",
    label: "Booking rate",
    help: "Appointments booked, over the calls that reached a person.",
    polarity: "up-good",
    kind: "rate",
    value: (f) => ratio(f.booked, f.reached),
    detail: (f) => `${formatCount(f.booked)} booked of ${formatCount(f.reached)}`,
  },
  {
    key: "voicemail",
    label: "Voicemail rate",
    help: "Calls that reached voicemail, over all calls.",
    polarity: "up-bad",
    kind: "rate",
    value: (f) => ratio(f.voicemail, f.placed),
    detail: (f) => countOf(f.voicemail, "call"),
  },
  {
    key: "dnc",
    label: "Do-not-call requests",
    help: "Customers who asked not to be called again.",
    polarity: "up-bad",
    kind: "count",
    value: (f) => f.doNotCall,
  },
  {
    key: "duration",
    label: "Average duration",
    help: "Over the calls that connected.",
    polarity: "neutral",
    kind: "seconds",
    value: (f) => f.avgDurationSeconds,
  },
  {
    key: "callbacks",
    label: "Callbacks still open",
    help: "Callback requests from these calls not yet done.",
    polarity: "up-bad",
    kind: "count",
    value: (f) => f.callbacksOpen,
  },
  {
    key: "review",
    label: "Needs review",
    help: "Calls flagged for a person to check, not yet reviewed.",
    polarity: "up-bad",
    kind: "rate",
    value: (f) => ratio(f.needsReview, f.placed),
    detail: (f) => countOf(f.needsReview, "call"),
  },
];

function show(kind: Def["kind"], v: number | null): string {
  if (v === null) return "—";
  return kind === "count" ? formatCount(v) : kind === "rate" ? formatRate(v) : formatDuration(v);
}

/** A change as a share of the period before, to a precision that shows small ones: −12%, +0.4%, <0.1%. */
function percentOf(sign: string, diff: number, before: number): string {
  const pct = (Math.abs(diff) / before) * 100;
  if (pct >= 1) return `${sign}${Math.round(pct)}%`;
  return pct >= 0.05 ? `${sign}${pct.toFixed(1)}%` : "<0.1%";
}

/**
 * The change against the period before, as shown: a change too small to show at the figure's own
 * precision (0.03 points, 0.2 s) reads "No change", never a green "−0 pts" or a red "+0 s".
 */
function delta(def: Def, now: number | null, before: number | null, previous: string): FigureDelta | null {
  if (now === null || before === null) return null;
  const diff = now - before;
  const shown =
    def.kind === "rate"
      ? Math.abs(diff * 100)
          .toFixed(1)
          .replace(/\.0$/, "")
      : def.kind === "seconds"
        ? formatDuration(Math.abs(diff))
        : formatCount(Math.abs(diff));
  const zero = def.kind === "rate" ? Math.abs(diff * 100) < 0.05 : def.kind === "seconds" ? Math.abs(diff) < 0.5 : diff === 0;
  const direction = zero ? "flat" : diff > 0 ? "up" : "down";
  const tone =
    direction === "flat" || def.polarity === "neutral" ? "neutral" : (direction === "up") === (def.polarity === "up-good") ? "good" : "bad";
  const sign = diff > 0 ? "+" : "−";
  const text =
    def.kind === "rate"
      ? `${sign}${shown} pts`
      : def.kind === "count" && before > 0
        ? `${sign}${shown} (${percentOf(sign, diff, before)})`
        : `${sign}${shown}`;
  const spoken =
    direction === "flat"
      ? `Same as ${previous}`
      : `${direction === "up" ? "Up" : "Down"} ${text.slice(1)} from ${show(def.kind, before)} in ${previous}`;
  return { text: direction === "flat" ? "No change" : text, direction, tone, spoken };
}

/** The figures as a manager reads them, each against the period before. */
export function figureViews(f: Figures, previous: string): FigureView[] {
  return FIGURES.map((def) => {
    const now = def.value(f.current);
    return {
      key: def.key,
      label: def.label,
      help: def.help,
      value: show(def.kind, now),
      detail: def.detail?.(f.current) ?? null,
      delta: delta(def, now, def.value(f.previous), previous),
    };
  });
}
