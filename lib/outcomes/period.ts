import { wallTimeToInstant, zonedParts } from "@/lib/time/zoned";
import { MAX_RANGE_DAYS, type OutcomeFilters } from "@/lib/validation/outcomes";

/**
 * The days a report covers, as instants. Ranges are whole calendar days in the workspace's zone
 * (midnight to midnight, so a DST day is 23 or 25 hours); the previous period is the same number
 * of days immediately before. `to` is exclusive.
 */
export type Period = {
  from: Date;
  to: Date;
  previousFrom: Date;
  /** YYYY-MM-DD of every day in the current period, oldest first. */
  days: string[];
  /** The first and last day, for headings: "Mar 3 – Apr 1". */
  firstDay: string;
  lastDay: string;
};

const DAY_MS = 86_400_000;

/** Calendar arithmetic on YYYY-MM-DD, done in UTC where every day has 24 hours. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

export function todayIn(timeZone: string, now: Date): string {
  const z = zonedParts(now, timeZone);
  return `${z.year}-${String(z.month).padStart(2, "0")}-${String(z.day).padStart(2, "0")}`;
}

const midnight = (day: string, timeZone: string) => wallTimeToInstant(`${day}T00:00`, timeZone);

/** First and last day (inclusive) the filters name. */
export function rangeDays(
  filters: Pick<OutcomeFilters, "range" | "from" | "to">,
  timeZone: string,
  now: Date,
): { first: string; last: string } {
  const today = todayIn(timeZone, now);
  switch (filters.range) {
    case "today":
      return { first: today, last: today };
    case "7d":
      return { first: addDays(today, -6), last: today };
    case "custom": {
      // A half-filled custom range still shows something sensible: the missing end is today,
      // or 30 days back from the given end; reversed dates are swapped.
      let last = filters.to ?? today;
      let first = filters.from ?? addDays(last, -29);
      if (first > last) [first, last] = [last, first];
      if (daysBetween(first, last) >= MAX_RANGE_DAYS) first = addDays(last, -(MAX_RANGE_DAYS - 1));
      return { first, last };
    }
    default:
      return { first: addDays(today, -29), last: today };
  }
}

export function periodFor(filters: Pick<OutcomeFilters, "range" | "from" | "to">, timeZone: string, now = new Date()): Period {
  const { first, last } = rangeDays(filters, timeZone, now);
  const length = daysBetween(first, last) + 1;
  const days = Array.from({ length }, (_, i) => addDays(first, i));
  return {
    from: midnight(first, timeZone),
    to: midnight(addDays(last, 1), timeZone),
    previousFrom: midnight(addDays(first, -length), timeZone),
    days,
    firstDay: first,
    lastDay: last,
  };
}
