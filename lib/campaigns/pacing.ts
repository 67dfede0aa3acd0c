/**
 * The pace as a schedule, not a bucket refilled per tick: since `anchorAt` (the start, or the last
 * resume) the campaign may have started 1 + elapsed × rate calls, and `sent` is how many it did.
 * However long a tick takes, the next one owes exactly the calls the clock says are due, so the
 * pace does not drift with tick duration.
 */
export type Pace = { anchorAt: Date | null; sent: number };

/** How far behind the schedule may run before the debt is forgiven: a stall (a restart) never ends in a burst. */
const CATCH_UP_SECONDS = 5;

/** Calls due now, at most a few seconds' worth; and the `sent` to store if a stall's debt was forgiven. */
export function dueCalls(pace: Pace, ratePerMinute: number, now: Date): { due: number; sent: number } {
  if (!pace.anchorAt) return { due: 1, sent: pace.sent };
  const elapsedMinutes = Math.max(0, now.getTime() - pace.anchorAt.getTime()) / 60_000;
  const scheduled = Math.floor(1 + elapsedMinutes * ratePerMinute);
  const cap = Math.max(1, Math.ceil((ratePerMinute / 60) * CATCH_UP_SECONDS));
  if (scheduled - pace.sent <= cap) return { due: Math.max(0, scheduled - pace.sent), sent: pace.sent };
  return { due: cap, sent: scheduled - cap };
}

/** How many calls may start now: those due, within the room under the in-flight cap. */
export function allowance(due: number, inFlight: number, maxInFlight: number): number {
  return Math.max(0, Math.min(Math.floor(due), maxInFlight - inFlight));
}
