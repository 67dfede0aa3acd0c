import { CALLING_WINDOW } from "@/lib/compliance/calling-hours";
import { instantToWallTime, wallTimeToInstant } from "@/lib/time/zoned";

/** A campaign's window, read in each callee's own zone: calendar days and daily minutes. */
export type CampaignWindow = { startDate: string; endDate: string; dailyStartMinute: number; dailyEndMinute: number };

export const LEGAL_START_MINUTE = CALLING_WINDOW.startHour * 60;
export const LEGAL_END_MINUTE = CALLING_WINDOW.endHour * 60;

/** The daily hours as dialled: never wider than the legal calling hours, whatever was stored. */
export function effectiveMinutes(w: CampaignWindow): { start: number; end: number } {
  return { start: Math.max(w.dailyStartMinute, LEGAL_START_MINUTE), end: Math.min(w.dailyEndMinute, LEGAL_END_MINUTE) };
}

function local(instant: Date, zone: string): { date: string; minute: number } {
  const wall = instantToWallTime(instant, zone);
  return { date: wall.slice(0, 10), minute: Number(wall.slice(11, 13)) * 60 + Number(wall.slice(14, 16)) };
}

const hhmm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

function nextDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function openIn(instant: Date, zone: string, w: CampaignWindow): boolean {
  const { start, end } = effectiveMinutes(w);
  const { date, minute } = local(instant, zone);
  return date >= w.startDate && date <= w.endDate && minute >= start && minute < end;
}

/** Whether the campaign may dial a callee with these zones now: inside its window in every one. */
export function isOpenForAll(instant: Date, zones: readonly string[], w: CampaignWindow): boolean {
  return zones.every((zone) => openIn(instant, zone, w));
}

/** The next opening in one zone at or after `instant`, or null once the window has ended there. */
function nextOpeningIn(instant: Date, zone: string, w: CampaignWindow): Date | null {
  const { start, end } = effectiveMinutes(w);
  if (end <= start) return null;
  if (openIn(instant, zone, w)) return instant;
  const { date, minute } = local(instant, zone);
  let day = date < w.startDate ? w.startDate : minute < start ? date : nextDate(date);
  // A DST gap may swallow the opening minute; the next day's is then taken.
  for (let i = 0; i < 3 && day <= w.endDate; i++, day = nextDate(day)) {
    const at = wallTimeToInstant(`${day}T${hhmm(start)}`, zone);
    if (at >= instant && openIn(at, zone, w)) return at;
  }
  return null;
}

/**
 * When a row may be dialled: `instant` itself when the window is open in every zone of the callee,
 * else the earliest later minute when it is, or null when that never happens again (the window
 * ended, or the zones share no open minute).
 */
export function nextDialInstant(instant: Date, zones: readonly string[], w: CampaignWindow): Date | null {
  let candidate = instant;
  // Zones a few hours apart share most of a day's window; a few rounds settle it.
  for (let round = 0; round < 16; round++) {
    if (isOpenForAll(candidate, zones, w)) return candidate;
    let latest = candidate.getTime();
    for (const zone of zones) {
      const at = nextOpeningIn(candidate, zone, w);
      if (!at) return null;
      latest = Math.max(latest, at.getTime());
    }
    // Every zone open at its own next opening but not together: step past the earliest close.
    candidate = latest === candidate.getTime() ? new Date(latest + 60_000) : new Date(latest);
  }
  return null;
}
