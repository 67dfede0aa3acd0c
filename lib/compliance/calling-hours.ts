import { instantToWallTime, wallTimeToInstant, zonedParts } from "@/lib/time/zoned";

/**
 * TCPA (47 CFR 64.1200(c)(1)) and most state rules: no calls before 8:00 or after 21:00 at the
 * called party's location. Where we cannot tell which of several zones applies, every one of them
 * must be inside the window (the stricter reading).
 */
export const CALLING_WINDOW = { startHour: 8, endHour: 21 } as const;

export function isWithinCallingHours(instant: Date, zones: readonly string[]): boolean {
  return zones.every((zone) => {
    const { hour } = zonedParts(instant, zone);
    return hour >= CALLING_WINDOW.startHour && hour < CALLING_WINDOW.endHour;
  });
}

/** The next 08:00 in `zone` strictly after the zone's current window (today's if before 8, else tomorrow's). */
function nextWindowStart(instant: Date, zone: string): Date {
  const wall = instantToWallTime(instant, zone);
  const { hour } = zonedParts(instant, zone);
  const day = wall.slice(0, 10);
  const start = `${String(CALLING_WINDOW.startHour).padStart(2, "0")}:00`;
  if (hour < CALLING_WINDOW.startHour) return wallTimeToInstant(`${day}T${start}`, zone);
  const next = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)) + 1));
  return wallTimeToInstant(`${next.toISOString().slice(0, 10)}T${start}`, zone);
}

/** The earliest instant at or after `instant` that is inside the window in every zone. */
export function nextAllowedInstant(instant: Date, zones: readonly string[]): Date {
  let candidate = instant;
  // Zones a few hours apart share most of the window, so this settles in a couple of rounds.
  for (let round = 0; round < 16; round++) {
    if (isWithinCallingHours(candidate, zones)) return candidate;
    const starts = zones.filter((z) => !isWithinCallingHours(candidate, [z])).map((z) => nextWindowStart(candidate, z).getTime());
    candidate = new Date(Math.max(...starts));
  }
  throw new Error(`no common calling window for ${zones.join(", ")}`);
}
