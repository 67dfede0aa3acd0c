type Formats = { short: Intl.DateTimeFormat; long: Intl.DateTimeFormat; day: Intl.DateTimeFormat };

const cache = new Map<string, Formats>();

/** Formatters for the workspace's zone, built once: the board formats hundreds of times a minute. */
export function timeFormats(timeZone: string): Formats {
  let f = cache.get(timeZone);
  if (!f) {
    f = {
      short: new Intl.DateTimeFormat("en-US", { timeZone, hour: "numeric", minute: "2-digit" }),
      long: new Intl.DateTimeFormat("en-US", { timeZone, dateStyle: "medium", timeStyle: "long" }),
      day: new Intl.DateTimeFormat("en-US", { timeZone, weekday: "long", month: "long", day: "numeric" }),
    };
    cache.set(timeZone, f);
  }
  return f;
}

/** "45s", "3m 12s", "1h 05m": a finished call's length, unlike a clock time at a glance. */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds}s`;
  const m = Math.floor(seconds / 60);
  if (m < 60) return `${m}m ${String(seconds % 60).padStart(2, "0")}s`;
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, "0")}m`;
}
