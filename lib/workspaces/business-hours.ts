import type { BusinessHours } from "@/db/schema";
import type { DayHoursInput } from "@/lib/validation/workspace";

/** Monday to Friday, 8 AM to 6 PM: the default a new workspace starts with. */
export const DEFAULT_BUSINESS_HOURS: BusinessHours = Object.fromEntries(
  ["1", "2", "3", "4", "5"].map((d) => [d, { open: "08:00", close: "18:00" }]),
) as BusinessHours;

/** The seven form rows (Sunday first) for stored hours. */
export function toDayRows(hours: BusinessHours): DayHoursInput[] {
  return (["0", "1", "2", "3", "4", "5", "6"] as const).map((d) => {
    const day = hours[d];
    return day ? { open: true, from: day.open, to: day.close } : { open: false, from: "08:00", to: "18:00" };
  });
}

export function toBusinessHours(rows: DayHoursInput[]): BusinessHours {
  const hours: BusinessHours = {};
  rows.forEach((r, i) => {
    if (r.open) hours[String(i) as keyof BusinessHours] = { open: r.from, close: r.to };
  });
  return hours;
}
