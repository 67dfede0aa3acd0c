import { instantToWallTime, wallTimeToInstant } from "@/lib/time/zoned";

/** Midnight at the start of `at`'s day in the workspace's zone: the board shows that day. */
export function startOfWorkspaceDay(timeZone: string, at: Date = new Date()): Date {
  const today = instantToWallTime(at, timeZone).slice(0, 10);
  return wallTimeToInstant(`${today}T00:00`, timeZone);
}

/** The next midnight in the zone, when a board left open overnight starts a fresh day. */
export function nextWorkspaceDay(timeZone: string, at: Date = new Date()): Date {
  // 26 hours past today's start always lands in tomorrow, even on a 25-hour DST day.
  return startOfWorkspaceDay(timeZone, new Date(startOfWorkspaceDay(timeZone, at).getTime() + 26 * 3_600_000));
}
