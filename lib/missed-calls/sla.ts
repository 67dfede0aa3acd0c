/** Where a wait stands against the workspace's missed-call SLA. */
export type SlaLevel = "ok" | "warn" | "breach";

export function slaLevel(elapsedMs: number, warnMinutes: number, breachMinutes: number): SlaLevel {
  const minutes = elapsedMs / 60_000;
  if (minutes >= breachMinutes) return "breach";
  if (minutes >= warnMinutes) return "warn";
  return "ok";
}

/** "0:42", "12:05", "1 h 05 min", "2 d 3 h": seconds matter in the first hour, not after. */
export function formatWait(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const minutes = Math.floor(total / 60);
  if (minutes < 60) return `${minutes}:${String(total % 60).padStart(2, "0")}`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ${String(minutes % 60).padStart(2, "0")} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

/** "just now", "12 min ago", "3 h ago", "2 d ago". */
export function formatAgo(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  return hours < 24 ? `${hours} h ago` : `${Math.floor(hours / 24)} d ago`;
}
