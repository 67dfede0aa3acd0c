/**
 * Wall-clock time in an IANA zone <-> instants, with Intl only. A "wall time" is the
 * `YYYY-MM-DDTHH:MM` string an <input type="datetime-local"> produces.
 */

const partsCache = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = partsCache.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      weekday: "short",
    });
    partsCache.set(timeZone, f);
  }
  return f;
}

export type ZonedParts = { year: number; month: number; day: number; hour: number; minute: number; second: number; weekday: number };

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

export function zonedParts(instant: Date, timeZone: string): ZonedParts {
  const p = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(instant)
      .map((x) => [x.type, x.value]),
  );
  return {
    year: Number(p.year),
    month: Number(p.month),
    day: Number(p.day),
    hour: Number(p.hour),
    minute: Number(p.minute),
    second: Number(p.second),
    weekday: WEEKDAYS.indexOf(p.weekday),
  };
}

/** Offset of the zone from UTC at that instant, in minutes (e.g. -420 for PDT). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const z = zonedParts(instant, timeZone);
  const asUtc = Date.UTC(z.year, z.month - 1, z.day, z.hour, z.minute, z.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

const DAY_MS = 86_400_000;
const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * A wall time that names a real minute: month 1-12, a day the month has, hour 0-23. Date.UTC
 * would read "2027-13-45T25:00" as 2028-02-15 01:00; such a value is refused, never rolled over.
 */
export function isWallTime(value: string): boolean {
  const m = WALL.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute] = m.slice(1).map(Number);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Minutes from one wall time to another, as written (a DST change in between is not counted). */
export function wallMinutesBetween(from: string, to: string): number {
  const at = (w: string) => Date.parse(`${w}:00Z`);
  return (at(to) - at(from)) / 60_000;
}

/**
 * The instant a wall time names in a zone. In a DST gap the time does not exist and is moved
 * forward by the gap; in an overlap the earlier instant is taken.
 */
export function wallTimeToInstant(wall: string, timeZone: string): Date {
  const m = WALL.exec(wall);
  if (!m || !isWallTime(wall)) throw new Error(`not a wall time: ${wall}`);
  const asUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  // Offsets a day either side bracket any transition (zones never change twice in two days).
  const before = asUtc - zoneOffsetMinutes(new Date(asUtc - DAY_MS), timeZone) * 60_000;
  const after = asUtc - zoneOffsetMinutes(new Date(asUtc + DAY_MS), timeZone) * 60_000;
  const fits = [before, after].filter((t) => instantToWallTime(new Date(t), timeZone) === wall);
  // No fit: the wall time fell in a gap, and reading it with the old offset lands past the gap.
  return new Date(fits.length > 0 ? Math.min(...fits) : before);
}

export function instantToWallTime(instant: Date, timeZone: string): string {
  const z = zonedParts(instant, timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${z.year}-${pad(z.month)}-${pad(z.day)}T${pad(z.hour)}:${pad(z.minute)}`;
}

/** ISO-8601 with the zone's offset, as the provider wants: 2026-11-26T09:00:00-08:00. */
export function toOffsetIso(instant: Date, timeZone: string): string {
  const offset = zoneOffsetMinutes(instant, timeZone);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, "0");
  const wall = instantToWallTime(instant, timeZone);
  const seconds = pad(zonedParts(instant, timeZone).second);
  return `${wall}:${seconds}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const LOCAL_ISO = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?::(\d{2})(\.\d+)?)?$/;

/**
 * An ISO time as the provider may send it (CONTRACT.md §2): with an offset it is that instant;
 * without one ("2026-12-01T14:00:00") it is a wall time in `timeZone`. Null when it is neither.
 */
export function readProviderTime(value: string | null | undefined, timeZone: string): Date | null {
  if (!value) return null;
  const local = LOCAL_ISO.exec(value.trim());
  if (local) {
    const seconds = Number(local[2] ?? 0) + Number(local[3] ?? 0);
    return new Date(wallTimeToInstant(local[1], timeZone).getTime() + Math.round(seconds * 1000));
  }
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : instant;
}
