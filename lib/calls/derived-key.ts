import { createHash } from "node:crypto";

/**
 * An Idempotency-Key derived from what the call is for (a retry's call and attempt, a lead, a
 * campaign row and attempt), UUID-shaped like the keys forms mint: however often the job that
 * places it runs, on whichever instance, it finds or places the same one call.
 */
export function derivedRequestKey(...parts: (string | number)[]): string {
  const h = createHash("sha256").update(parts.join(":")).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
