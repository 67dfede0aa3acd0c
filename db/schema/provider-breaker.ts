import { integer, pgEnum, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * The circuit breaker in front of the provider, one row shared by every instance: `closed` sends,
 * `open` holds calls back until `retry_at`, `half_open` lets one probe through at a time (the
 * instance that took it holds it until `retry_at`). `opened_at` is when the outage began, kept
 * through failed probes, so people read one start time.
 */
export const breakerStates = ["closed", "open", "half_open"] as const;
export const breakerState = pgEnum("breaker_state", breakerStates);

export const providerBreaker = pgTable("provider_breaker", {
  id: text().primaryKey().default("provider"),
  state: breakerState().notNull().default("closed"),
  consecutiveFailures: integer().notNull().default(0),
  openedAt: timestamp({ withTimezone: true }),
  retryAt: timestamp({ withTimezone: true }),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type BreakerState = (typeof breakerStates)[number];
