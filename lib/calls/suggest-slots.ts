import type { BusinessHours } from "@/db/schema/workspaces";
import { instantToWallTime, isWallTime, wallTimeToInstant, zonedParts } from "@/lib/time/zoned";

export type WallSlot = { start: string; end: string };

export type SuggestSlotsInput = {
  now: Date;
  /** IANA zone the business hours and the returned wall times are in. */
  timeZone: string;
  businessHours: BusinessHours;
  durationMinutes: number;
  count: number;
  /** Slots already offered (wall times in `timeZone`); suggestions never overlap them. */
  existing?: WallSlot[];
  /** Wall time before which nothing is suggested, e.g. the workspace's earliest availability. */
  notBefore?: string;
  /** Closed days ("YYYY-MM-DD" in `timeZone`): nothing is suggested on them. */
  holidays?: string[];
  /** Booked appointments (instants, ms) and how many may overlap: a slot at that count is full. */
  capacity?: SlotCapacity | null;
};

export type SlotCapacity = { jobsPerSlot: number; held: { start: number; end: number }[] };

const LEAD_MINUTES = 60;
const STEP_MINUTES = 30;
/** Two a day, so the customer is offered a choice of days rather than one crowded afternoon. */
const MAX_PER_DAY = 2;
const SEARCH_DAYS = 120;
const MINUTE = 60_000;

const pad = (n: number) => String(n).padStart(2, "0");

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number);
  return h * 60 + m;
}

function ceilToStep(minutes: number): number {
  return Math.ceil(minutes / STEP_MINUTES) * STEP_MINUTES;
}

/** The next `count` open slots, as wall times in `timeZone`, inside business hours. */
export function suggestSlots(input: SuggestSlotsInput): WallSlot[] {
  const { now, timeZone, businessHours, count } = input;
  const duration = Math.round(input.durationMinutes);
  if (count <= 0 || !(duration > 0) || Object.keys(businessHours).length === 0) return [];

  let earliest = now.getTime() + LEAD_MINUTES * MINUTE;
  if (input.notBefore && isWallTime(input.notBefore)) {
    earliest = Math.max(earliest, wallTimeToInstant(input.notBefore, timeZone).getTime());
  }
  const taken = (input.existing ?? [])
    .filter((s) => isWallTime(s.start) && isWallTime(s.end))
    .map((s) => ({ start: wallTimeToInstant(s.start, timeZone).getTime(), end: wallTimeToInstant(s.end, timeZone).getTime() }));
  const overlapsTaken = (start: number, end: number) => taken.some((t) => start < t.end && end > t.start);
  const cap = input.capacity;
  const full = (start: number, end: number) =>
    Boolean(cap) && cap!.held.filter((h) => start < h.end && end > h.start).length >= cap!.jobsPerSlot;

  const first = zonedParts(new Date(earliest), timeZone);
  const out: WallSlot[] = [];

  for (let d = 0; d < SEARCH_DAYS && out.length < count; d++) {
    // Calendar arithmetic on the local date, so a DST change never shifts the day.
    const day = new Date(Date.UTC(first.year, first.month - 1, first.day + d));
    const hours = businessHours[String(day.getUTCDay()) as keyof BusinessHours];
    if (!hours) continue;
    const date = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
    if (input.holidays?.includes(date)) continue;
    const close = wallTimeToInstant(`${date}T${hours.close}`, timeZone).getTime();
    const lastStart = minutesOf(hours.close);

    let perDay = 0;
    let t = ceilToStep(minutesOf(hours.open));
    while (t < lastStart && perDay < MAX_PER_DAY && out.length < count) {
      const startWall = `${date}T${pad(Math.floor(t / 60))}:${pad(t % 60)}`;
      const start = wallTimeToInstant(startWall, timeZone);
      const startMs = start.getTime();
      const endMs = startMs + duration * MINUTE;
      if (endMs > close) break;
      const endWall = instantToWallTime(new Date(endMs), timeZone);
      // Skip wall times a DST gap removes, and slots the fall-back hour would make end "before" they start.
      const exists = instantToWallTime(start, timeZone) === startWall;
      if (!exists || startMs < earliest || endWall <= startWall || overlapsTaken(startMs, endMs) || full(startMs, endMs)) {
        t += STEP_MINUTES;
        continue;
      }
      out.push({ start: startWall, end: endWall });
      perDay++;
      if (endWall.slice(0, 10) !== date) break;
      t = ceilToStep(minutesOf(endWall.slice(11)));
    }
  }
  return out;
}
