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

function delta(def: Def, now: number | null, before: number | null, previous: string): FigureDelta | null {
  if (now === null || before === null) return null;
  const diff = now - before;
  const direction = Math.abs(diff) < 1e-9 ? "flat" : diff > 0 ? "up" : "down";
  const tone =
    direction === "flat" || def.polarity === "neutral" ? "neutral" : (direction === "up") === (def.polarity === "up-good") ? "good" : "bad";
  const sign = diff > 0 ? "+" : diff < 0 ? "−" : "±";
  let text: string;
  if (def.kind === "rate")
    text = `${sign}${Math.abs(diff * 100)
      .toFixed(1)
      .replace(/\.0$/, "")} pts`;
  else if (def.kind === "seconds") text = `${sign}${formatDuration(Math.abs(diff))}`;
  else
    text =
      before > 0
        ? `${sign}${formatCount(Math.abs(diff))} (${sign}${Math.round((Math.abs(diff) / before) * 100)}%)`
        : `${sign}${formatCount(Math.abs(diff))}`;
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
