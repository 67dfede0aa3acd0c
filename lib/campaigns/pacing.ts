/** The pacing bucket: calls the campaign may start, refilled at its rate, never more than a few seconds' worth. */
export type Bucket = { tokens: number; at: Date | null };

/** Seconds of calls the bucket may save up: enough to ride out a slow tick, not a burst. */
const BURST_SECONDS = 5;

export function refill(bucket: Bucket, ratePerMinute: number, now: Date): number {
  const cap = Math.max(1, (ratePerMinute / 60) * BURST_SECONDS);
  if (!bucket.at) return Math.min(cap, 1);
  const elapsed = Math.max(0, now.getTime() - bucket.at.getTime()) / 60_000;
  return Math.min(cap, bucket.tokens + elapsed * ratePerMinute);
}

/** How many calls may start now: the bucket's whole tokens, the room under the in-flight cap. */
export function allowance(tokens: number, inFlight: number, maxInFlight: number): number {
  return Math.max(0, Math.min(Math.floor(tokens), maxInFlight - inFlight));
}
