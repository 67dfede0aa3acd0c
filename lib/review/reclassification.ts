import type { CallOutcome } from "@/db/schema";

/** Stored inside a reclassified outcome: who changed it, when, why, and from which type. */
export type Reclassification = { by: string; byName: string; at: string; reason: string; from: string | null };

export function reclassificationOf(outcome: CallOutcome | null): Reclassification | null {
  const r = outcome?.reclassified;
  return r && typeof r === "object" ? (r as Reclassification) : null;
}
