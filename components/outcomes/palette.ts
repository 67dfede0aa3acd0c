import type { OutcomeBucket } from "@/lib/labels";

/**
 * One colour per outcome, the same in every chart. Neighbouring hues differ in lightness too
 * (sky vs blue-700, violet vs blue), so they stay apart in greyscale and for colour-blind
 * readers; dark mode lifts each a step against slate-900. Every bar also carries its numbers
 * (titles and a table), so colour is never the only way to read a chart. Class names are
 * written out whole so Tailwind finds them.
 */
export const outcomeFill: Record<OutcomeBucket, string> = {
  appointment_scheduled: "fill-emerald-600 dark:fill-emerald-400",
  callback_requested: "fill-sky-500 dark:fill-sky-300",
  information_provided: "fill-blue-700 dark:fill-blue-500",
  payment_promised: "fill-lime-500 dark:fill-lime-400",
  escalation_needed: "fill-amber-500 dark:fill-amber-400",
  voicemail_left: "fill-violet-500 dark:fill-violet-400",
  not_interested: "fill-stone-500 dark:fill-stone-400",
  do_not_call: "fill-red-600 dark:fill-red-500",
  other: "fill-pink-400 dark:fill-pink-300",
  none: "fill-slate-300 dark:fill-slate-600",
};

export const outcomeSwatch: Record<OutcomeBucket, string> = {
  appointment_scheduled: "bg-emerald-600 dark:bg-emerald-400",
  callback_requested: "bg-sky-500 dark:bg-sky-300",
  information_provided: "bg-blue-700 dark:bg-blue-500",
  payment_promised: "bg-lime-500 dark:bg-lime-400",
  escalation_needed: "bg-amber-500 dark:bg-amber-400",
  voicemail_left: "bg-violet-500 dark:bg-violet-400",
  not_interested: "bg-stone-500 dark:bg-stone-400",
  do_not_call: "bg-red-600 dark:bg-red-500",
  other: "bg-pink-400 dark:bg-pink-300",
  none: "bg-slate-300 dark:bg-slate-600",
};

/**
 * On a chart's <svg>, with strokeWidth={1}: a hairline in the card's colour between stacked
 * segments, so neighbours never blur together. Set once there (stroke is inherited) rather than
 * on each of a month's hundreds of rects.
 */
export const segmentGap = "stroke-white dark:stroke-slate-900 [&_rect]:[vector-effect:non-scaling-stroke]";

/** SVG coordinates to two decimals: the page carries hundreds of them. */
export const coord = (n: number) => Math.round(n * 100) / 100;
