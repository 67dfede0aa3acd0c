import type { BookingRateRow, DayOutcomeCount, PurposeOutcomeCount } from "@/db/queries/outcomes-report";
import type { CallPurpose } from "@/db/schema/enums";
import { bucketOf, outcomeBuckets, type OutcomeBucket } from "@/lib/labels";

/** Counts per outcome bucket, in the fixed legend order so colours stack the same in every bar. */
export type Stack = { bucket: OutcomeBucket; count: number }[];

function stackOf(counts: Map<OutcomeBucket, number>): Stack {
  return outcomeBuckets.filter((b) => (counts.get(b) ?? 0) > 0).map((bucket) => ({ bucket, count: counts.get(bucket) ?? 0 }));
}

export type DayStack = { day: string; total: number; stack: Stack };

/** Every day of the period gets a bar, including days with no calls (the query has no row for them). */
export function stackByDay(days: string[], rows: DayOutcomeCount[]): DayStack[] {
  const byDay = new Map<string, Map<OutcomeBucket, number>>(days.map((d) => [d, new Map()]));
  for (const r of rows) {
    const counts = byDay.get(r.day);
    if (!counts) continue;
    const bucket = bucketOf(r.outcomeType);
    counts.set(bucket, (counts.get(bucket) ?? 0) + r.count);
  }
  return days.map((day) => {
    const stack = stackOf(byDay.get(day) ?? new Map());
    return { day, total: stack.reduce((n, s) => n + s.count, 0), stack };
  });
}

export type PurposeMix = { purpose: CallPurpose; total: number; stack: Stack };

/** The busiest purpose first. */
export function mixRows(rows: PurposeOutcomeCount[]): PurposeMix[] {
  const byPurpose = new Map<CallPurpose, Map<OutcomeBucket, number>>();
  for (const r of rows) {
    const counts = byPurpose.get(r.purpose) ?? new Map<OutcomeBucket, number>();
    const bucket = bucketOf(r.outcomeType);
    counts.set(bucket, (counts.get(bucket) ?? 0) + r.count);
    byPurpose.set(r.purpose, counts);
  }
  return [...byPurpose]
    .map(([purpose, counts]) => {
      const stack = stackOf(counts);
      return { purpose, total: stack.reduce((n, s) => n + s.count, 0), stack };
    })
    .sort((a, b) => b.total - a.total);
}

export type RateRow = { key: string; label: string; placed: number; reached: number; booked: number; rate: number | null };

/** A rate with nobody reached is "no data", not 0%: it is shown apart, not as an empty bar. */
export function rateRows(rows: BookingRateRow[], unnamed: string): RateRow[] {
  return rows.map((r) => ({
    key: r.key ?? "none",
    label: r.label ?? unnamed,
    placed: r.placed,
    reached: r.reached,
    booked: r.booked,
    rate: r.reached > 0 ? r.booked / r.reached : null,
  }));
}
