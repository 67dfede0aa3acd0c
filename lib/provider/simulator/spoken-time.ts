/**
 * Times as the assistant says them. A slot is read in its own offset: "…T09:00:00-08:00" is
 * 9:00 AM whatever zone the server runs in, which keeps transcripts deterministic.
 */

const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)$/i;
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** UTC-8, the simulator's zone when a request gives no offset to go by. */
export const DEFAULT_OFFSET = "-08:00";

export type LocalDate = { year: number; month: number; day: number };

type WallTime = LocalDate & { hour: number; minute: number; offset: string };

function normalizeOffset(raw: string): string {
  if (raw.toUpperCase() === "Z") return "+00:00";
  const digits = raw.slice(1).replace(":", "");
  return `${raw[0]}${digits.slice(0, 2)}:${digits.slice(2, 4) || "00"}`;
}

function parseWallTime(iso: string): WallTime | null {
  const m = ISO_WITH_OFFSET.exec(iso);
  if (!m) return null;
  const [, y, mo, d, h, mi, off] = m;
  return { year: +y, month: +mo, day: +d, hour: +h, minute: +mi, offset: normalizeOffset(off) };
}

export function offsetOf(iso: string): string | null {
  return parseWallTime(iso)?.offset ?? null;
}

function offsetMinutes(offset: string): number {
  const sign = offset.startsWith("-") ? -1 : 1;
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
}

export function weekdayOf(date: LocalDate): string {
  return WEEKDAYS[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()];
}

/** "Tuesday, December 1" */
export function speakDate(date: LocalDate): string {
  return `${weekdayOf(date)}, ${MONTHS[date.month - 1]} ${date.day}`;
}

function speakClock(hour: number, minute: number): string {
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${h12}:${String(minute).padStart(2, "0")} ${hour < 12 ? "AM" : "PM"}`;
}

/** "Tuesday, December 1 at 9:00 AM", in the slot's own offset; the raw string if it is not ISO. */
export function speakSlot(iso: string): string {
  const t = parseWallTime(iso);
  return t ? `${speakDate(t)} at ${speakClock(t.hour, t.minute)}` : iso;
}

/** The calendar date of an instant as seen at a fixed offset. */
export function localDateAt(instant: Date, offset: string): LocalDate {
  const shifted = new Date(instant.getTime() + offsetMinutes(offset) * 60_000);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "2024-01-23" */
export function isoDate(date: LocalDate): string {
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** "2024-01-23T10:00:00-08:00" */
export function isoAt(date: LocalDate, hour: number, minute: number, offset: string): string {
  return `${isoDate(date)}T${pad(hour)}:${pad(minute)}:00${offset}`;
}
