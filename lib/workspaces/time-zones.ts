/** The zones home-service companies in the US and Canada mostly run in, by the names people use. */
export const COMMON_TIME_ZONES: { id: string; name: string }[] = [
  { id: "America/New_York", name: "Eastern Time (New York)" },
  { id: "America/Chicago", name: "Central Time (Chicago)" },
  { id: "America/Denver", name: "Mountain Time (Denver)" },
  { id: "America/Phoenix", name: "Mountain Time, no DST (Phoenix)" },
  { id: "America/Los_Angeles", name: "Pacific Time (Los Angeles)" },
  { id: "America/Anchorage", name: "Alaska Time (Anchorage)" },
  { id: "Pacific/Honolulu", name: "Hawaii Time (Honolulu)" },
  { id: "America/Puerto_Rico", name: "Atlantic Time (San Juan)" },
  { id: "America/Halifax", name: "Atlantic Time (Halifax)" },
  { id: "America/St_Johns", name: "Newfoundland Time (St. John's)" },
  { id: "America/Toronto", name: "Eastern Time (Toronto)" },
  { id: "America/Winnipeg", name: "Central Time (Winnipeg)" },
  { id: "America/Regina", name: "Central Time, no DST (Regina)" },
  { id: "America/Edmonton", name: "Mountain Time (Edmonton)" },
  { id: "America/Vancouver", name: "Pacific Time (Vancouver)" },
];

/** Every other zone the runtime knows, for companies elsewhere. */
export function otherTimeZones(): string[] {
  const common = new Set(COMMON_TIME_ZONES.map((z) => z.id));
  return Intl.supportedValuesOf("timeZone").filter((z) => !common.has(z) && z.includes("/") && !z.startsWith("Etc/"));
}
