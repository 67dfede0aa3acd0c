import type { BusinessHours } from "@/db/schema/workspaces";
import { instantToWallTime, wallTimeToInstant, zonedParts } from "./zoned";

const DAY_MS = 86_400_000;
/** A wait is never measured over more than this many calendar days: the SLA is long breached by then. */
const MAX_DAYS = 62;

/** "2026-11-30" plus n days, as a calendar date (no zone involved). */
function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The milliseconds of `from`..`to` that fall inside the workspace's opening hours, in its zone
 * (closed days and listed holidays count nothing). A call missed at 11 PM starts its SLA clock
 * when the office opens, so the morning does not begin with every after-hours call "Overdue".
 * A workspace with no opening hours at all counts the whole wait, as before.
 */
export function businessMsBetween(
  from: Date,
  to: Date,
  { businessHours, timeZone, holidays = [] }: { businessHours: BusinessHours; timeZone: string; holidays?: readonly string[] },
): number {
  if (to <= from) return 0;
  if (Object.keys(businessHours).length === 0) return to.getTime() - from.getTime();
  const closed = new Set(holidays);
  const first = instantToWallTime(from, timeZone).slice(0, 10);
  const last = instantToWallTime(to, timeZone).slice(0, 10);
  let total = 0;
  for (let i = 0, date = first; date <= last && i < MAX_DAYS; i++, date = addDays(first, i)) {
    if (closed.has(date)) continue;
    const weekday = zonedParts(wallTimeToInstant(`${date}T12:00`, timeZone), timeZone).weekday;
    const hours = businessHours[String(weekday) as keyof BusinessHours];
    if (!hours) continue;
    const open = wallTimeToInstant(`${date}T${hours.open}`, timeZone).getTime();
    const close = wallTimeToInstant(`${date}T${hours.close}`, timeZone).getTime();
    total += Math.max(0, Math.min(close, to.getTime()) - Math.max(open, from.getTime()));
  }
  return total;
}
