import { wallTimeToInstant, zonedParts } from "@/lib/time/zoned";

export type AppointmentView = "day" | "week";

const pad = (n: number) => String(n).padStart(2, "0");
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Calendar arithmetic on a "YYYY-MM-DD" date, free of any zone. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function todayIn(timeZone: string, now = new Date()): string {
  const z = zonedParts(now, timeZone);
  return `${z.year}-${pad(z.month)}-${pad(z.day)}`;
}

/**
 * The days a view shows in the workspace's zone and the instants that bound them: a day, or the
 * week (Monday to Sunday) holding the date. Each day is [local midnight, next local midnight), so a
 * DST day is 23 or 25 hours long, as it is on the wall.
 */
export function appointmentPeriod(view: AppointmentView, date: string | undefined, timeZone: string, now = new Date()) {
  const anchor = date && DATE.test(date) && !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) ? date : todayIn(timeZone, now);
  const weekday = new Date(`${anchor}T00:00:00Z`).getUTCDay();
  const first = view === "week" ? addDays(anchor, -((weekday + 6) % 7)) : anchor;
  const length = view === "week" ? 7 : 1;
  const days = Array.from({ length }, (_, i) => addDays(first, i));
  const from = wallTimeToInstant(`${first}T00:00`, timeZone);
  const to = wallTimeToInstant(`${addDays(first, length)}T00:00`, timeZone);
  return { view, anchor, days, from, to, prev: addDays(anchor, -length), next: addDays(anchor, length) };
}
