const whole = new Intl.NumberFormat("en-US");

export const formatCount = (n: number) => whole.format(n);

export function formatRate(rate: number | null, digits = 1): string {
  return rate === null ? "—" : `${(rate * 100).toFixed(digits).replace(/\.0$/, "")}%`;
}

export const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

const calendarDay = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", month: "short", day: "numeric" });
const calendarDayLong = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", weekday: "short", month: "short", day: "numeric" });

/** A YYYY-MM-DD calendar day (already in the workspace's zone), as "Mar 3". */
export const formatDay = (day: string, long = false) => (long ? calendarDayLong : calendarDay).format(new Date(`${day}T00:00:00Z`));

export function formatDayRange(first: string, last: string): string {
  return first === last ? formatDay(first, true) : `${formatDay(first)} – ${formatDay(last)}`;
}

/** "previous 30 days", "yesterday": what every figure is compared with. */
export function previousLabel(days: number): string {
  return days === 1 ? "the day before" : `the previous ${days} days`;
}

/** "1 call", "1,204 calls". */
export const plural = (n: number, noun: string) => `${formatCount(n)} ${noun}${n === 1 ? "" : "s"}`;
