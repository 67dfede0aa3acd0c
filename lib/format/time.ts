/** Every time, date, duration and zone a person reads, formatted one way. Clock times are in the zone given. */

const cache = new Map<string, Intl.DateTimeFormat>();

type Kind =
  | "weekdayTime"
  | "dateTime"
  | "dateTimeThisYear"
  | "time"
  | "full"
  | "slotDay"
  | "slotDayYear"
  | "clock"
  | "short"
  | "medium"
  | "long"
  | "day"
  | "weekday";

function fmt(timeZone: string, kind: Kind): Intl.DateTimeFormat {
  const key = `${timeZone}|${kind}`;
  let f = cache.get(key);
  if (!f) {
    const options: Record<Kind, Intl.DateTimeFormatOptions> = {
      dateTime: { month: "short", day: "numeric", year: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short" },
      dateTimeThisYear: { weekday: "short", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short" },
      time: { hour: "numeric", minute: "2-digit", second: "2-digit" },
      full: {
        weekday: "short",
        month: "short",
        day: "numeric",
        year: "numeric",
        hour: "numeric",
        minute: "2-digit",
        second: "2-digit",
        timeZoneName: "short",
      },
      slotDay: { weekday: "short", month: "short", day: "numeric" },
      slotDayYear: { weekday: "short", month: "short", day: "numeric", year: "numeric" },
      clock: { hour: "numeric", minute: "2-digit" },
      weekdayTime: { weekday: "short", hour: "numeric", minute: "2-digit" },
      short: { month: "short", day: "numeric", hour: "numeric", minute: "2-digit" },
      medium: { dateStyle: "medium", timeStyle: "short" },
      long: { dateStyle: "medium", timeStyle: "long" },
      day: { month: "short", day: "numeric" },
      weekday: { weekday: "long", month: "long", day: "numeric" },
    };
    f = new Intl.DateTimeFormat("en-US", { timeZone, ...options[kind] });
    cache.set(key, f);
  }
  return f;
}

function yearIn(d: Date, timeZone: string): string | undefined {
  return fmt(timeZone, "dateTime")
    .formatToParts(d)
    .find((p) => p.type === "year")?.value;
}

/** "Thu, Nov 26, 9:14 AM PST" this year, "Nov 26, 2025, 9:14 AM PST" otherwise. */
export function formatDateTime(instant: Date, timeZone: string, now: Date = new Date()): string {
  return fmt(timeZone, yearIn(instant, timeZone) === yearIn(now, timeZone) ? "dateTimeThisYear" : "dateTime").format(instant);
}

/** "9:14:03 AM", for the status history. */
export function formatClock(instant: Date, timeZone: string): string {
  return fmt(timeZone, "time").format(instant);
}

/** "Wed, Nov 26, 2026, 9:14:03 AM PST", for a tooltip. */
export function formatFull(instant: Date, timeZone: string): string {
  return fmt(timeZone, "full").format(instant);
}

/**
 * "Tue, Nov 26 · 9:00 AM – 11:00 AM PST"; the zone name comes once, at the end. The year is
 * shown when the slot is not in the current one, so a mistyped year cannot pass unnoticed.
 */
export function formatSlot(start: Date, end: Date, timeZone: string, now: Date = new Date()): string {
  const thisYear = yearIn(now, timeZone);
  const kind = yearIn(start, timeZone) === thisYear && yearIn(end, timeZone) === thisYear ? "slotDay" : "slotDayYear";
  const day = fmt(timeZone, kind).format(start);
  const endDay = fmt(timeZone, kind).format(end);
  const zone =
    fmt(timeZone, "dateTime")
      .formatToParts(end)
      .find((p) => p.type === "timeZoneName")?.value ?? "";
  const to = endDay === day ? fmt(timeZone, "clock").format(end) : `${endDay}, ${fmt(timeZone, "clock").format(end)}`;
  return `${day} · ${fmt(timeZone, "clock").format(start)} – ${to} ${zone}`.trim();
}

/** A parsed ISO string, or null when the provider sent something that is not a date. */
export function parseInstant(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** "0:03", "12:04", "1:02:03": a position in the recording. */
export function formatOffset(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

/** "2 min 14 s", "45 s", "1 h 3 min"; a length nobody measured reads "—". */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return "—";
  const total = Math.max(0, Math.round(seconds));
  if (total < 60) return `${total} s`;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return m ? `${h} h ${m} min` : `${h} h`;
  return s ? `${m} min ${s} s` : `${m} min`;
}

/** A calendar date as the provider sends it ("2026-12-03"), shown without any zone shift. */
export function formatCalendarDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat("en-US", { timeZone: "UTC", weekday: "short", month: "short", day: "numeric", year: "numeric" }).format(d);
}

export function formatUsd(amount: number): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(amount);
}

/** "8:00 AM" in the zone given. */
export function formatTimeOfDay(instant: Date, timeZone: string): string {
  return fmt(timeZone, "clock").format(instant);
}

const zoneNames = new Map<string, string>();

/**
 * A zone as people say it: "Pacific Time", "Central Time", "Hawaii-Aleutian Time"; a fixed offset
 * such as `Etc/GMT+6` (whose sign is inverted) reads "UTC−6". Never the raw IANA id.
 */
export function zoneName(timeZone: string, at: Date = new Date()): string {
  const key = timeZone;
  const known = zoneNames.get(key);
  if (known) return known;
  let name: string;
  try {
    const part = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longGeneric" })
      .formatToParts(at)
      .find((p) => p.type === "timeZoneName")?.value;
    const offset = part ? /^GMT(?:([+-])(\d{1,2})(?::(\d{2}))?)?$/.exec(part) : null;
    if (offset) {
      const [, sign, h, m] = offset;
      name = sign && Number(h) + Number(m ?? 0) > 0 ? `UTC${sign === "-" ? "−" : "+"}${Number(h)}${m && m !== "00" ? `:${m}` : ""}` : "UTC";
    } else name = part ?? timeZone;
  } catch {
    name = timeZone;
  }
  zoneNames.set(key, name);
  return name;
}

/**
 * When a held call goes out: "8:00 AM (customer's time) · 11:00 AM office time", with the weekday
 * when it is not today for the office. One clock when both zones read the same.
 */
export function formatGoesOut(instant: Date, customerZone: string | null, officeZone: string, now: Date = new Date()): string {
  const day = fmt(officeZone, "slotDay");
  const onDay = day.format(instant) === day.format(now) ? "" : `${fmt(officeZone, "slotDay").format(instant).split(",")[0]} `;
  const office = `${onDay}${formatTimeOfDay(instant, officeZone)}`;
  if (!customerZone || formatTimeOfDay(instant, customerZone) === formatTimeOfDay(instant, officeZone)) return office;
  return `${onDay}${formatTimeOfDay(instant, customerZone)} (customer's time) · ${formatTimeOfDay(instant, officeZone)} office time`;
}

/** "Nov 30, 5:52 AM": a row's time in a table. */
export function formatShortDateTime(instant: Date, timeZone: string): string {
  return fmt(timeZone, "short").format(instant);
}

/** "Nov 30, 2026, 5:52 AM": a recorded moment (do-not-call entries, customer history). */
export function formatMediumDateTime(instant: Date, timeZone: string): string {
  return fmt(timeZone, "medium").format(instant);
}

/** "Nov 30, 2026, 5:52:03 AM PST", for a tooltip. */
export function formatLongDateTime(instant: Date, timeZone: string): string {
  return fmt(timeZone, "long").format(instant);
}

/** "Nov 30". */
export function formatDay(instant: Date, timeZone: string): string {
  return fmt(timeZone, "day").format(instant);
}

/** "Monday, November 30": the day a board shows. */
export function formatWeekday(instant: Date, timeZone: string): string {
  return fmt(timeZone, "weekday").format(instant);
}

/** "Mon 9:14 AM": what time it is somewhere now. */
export function formatWeekdayTime(instant: Date, timeZone: string): string {
  return fmt(timeZone, "weekdayTime").format(instant);
}

const calendarDay = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", month: "short", day: "numeric" });
const calendarDayLong = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", weekday: "short", month: "short", day: "numeric" });

/** A YYYY-MM-DD calendar day (already in the workspace's zone), as "Mar 3" or "Tue, Mar 3". */
export const formatCalendarDay = (day: string, long = false) => (long ? calendarDayLong : calendarDay).format(new Date(`${day}T00:00:00Z`));

/** "Nov 1 – Nov 30", or one day in full. */
export function formatDayRange(first: string, last: string): string {
  return first === last ? formatCalendarDay(first, true) : `${formatCalendarDay(first)} – ${formatCalendarDay(last)}`;
}

/** Something that turns an instant into words, for rows that format many times. */
export type InstantFormatter = { format(instant: Date | number): string };

/** Clock ("8:00 AM") and day ("Nov 30") formatters for one zone. */
export function clockAndDay(timeZone: string): { clock: InstantFormatter; day: InstantFormatter } {
  return { clock: fmt(timeZone, "clock"), day: fmt(timeZone, "day") };
}
