import { outcomeTypes, type AnsweredBy, type OutcomeType } from "@/db/schema/enums";
import { outcomeDisplay } from "@/lib/calls/outcome-labels";

/** Chart series: the eight provider outcomes, any type we do not know, and calls with none. */
export const outcomeBuckets = [...outcomeTypes, "other", "none"] as const;
export type OutcomeBucket = (typeof outcomeBuckets)[number];

export const outcomeBucketLabels: Record<OutcomeBucket, string> = {
  ...(Object.fromEntries(outcomeTypes.map((t) => [t, outcomeDisplay[t].label])) as Record<OutcomeType, string>),
  other: "Other outcome",
  none: "No outcome",
};

export function bucketOf(outcomeType: string | null): OutcomeBucket {
  if (outcomeType === null || outcomeType === "") return "none";
  return (outcomeTypes as readonly string[]).includes(outcomeType) ? (outcomeType as OutcomeType) : "other";
}

/** A type the provider added after this code was written still reads as words. */
export function outcomeLabel(outcomeType: string | null): string {
  const bucket = bucketOf(outcomeType);
  if (bucket !== "other" || !outcomeType) return outcomeBucketLabels[bucket];
  const words = outcomeType.replace(/[_-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const answeredByLabels: Record<AnsweredBy, string> = {
  human: "Person",
  voicemail: "Voicemail",
  unknown: "Unknown",
};

export function formatDuration(seconds: number | null): string {
  if (seconds === null) return "—";
  const s = Math.round(seconds);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, "0")}s`;
}
