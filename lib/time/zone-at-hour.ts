import { zonedParts } from "@/lib/time/zoned";

/** A fixed-offset zone where it is now about `hour` o'clock: gives test customers predictable calling hours. */
export function zoneWhereItIs(hour: number, now = new Date()): string {
  const utcHour = now.getUTCHours();
  for (let offset = -12; offset <= 14; offset++) {
    // Etc/GMT signs are inverted: Etc/GMT-3 is UTC+3.
    const zone = offset === 0 ? "Etc/GMT" : `Etc/GMT${offset > 0 ? "-" : "+"}${Math.abs(offset)}`;
    if ((utcHour + offset + 24) % 24 === hour) return zone;
  }
  throw new Error(`no zone at ${hour}:00 (${zonedParts(now, "UTC").hour} UTC)`);
}
