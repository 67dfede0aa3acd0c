import { hitRateLimit, type RateLimitHit } from "@/db/queries/rate-limits";

/** Every fixed-window limit of the app, in one place. */
export const LIMITS = {
  /** Sign-in attempts from one client address. */
  signInPerAddress: { limit: 10, windowSeconds: 60 },
  /** Unsigned or badly signed webhook deliveries from one source address. */
  unsignedWebhookPerAddress: { limit: 20, windowSeconds: 60 },
  /** The same from all addresses together: X-Forwarded-For can be varied by whoever sends it. */
  unsignedWebhookTotal: { limit: 300, windowSeconds: 60 },
} as const;

export type LimitName = keyof typeof LIMITS;

/** Counts a hit for `subject` (an address, usually) against a named limit, shared by every instance. */
export function hitLimit(name: LimitName, subject: string): Promise<RateLimitHit> {
  return hitRateLimit({ key: `${name}:${subject}`, ...LIMITS[name] });
}

export function tooManyRequests(retryAfterSeconds: number, body: Record<string, unknown>): Response {
  return Response.json(body, { status: 429, headers: { "Retry-After": String(retryAfterSeconds) } });
}
