import { bigserial, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { signInOutcome } from "./enums";
import { users } from "./workspaces";

/**
 * Fixed-window counters shared by every app instance (sign-in per address, unsigned webhooks per
 * source). One row per key; a hit past the window starts a new one.
 */
export const rateLimitBuckets = pgTable(
  "rate_limit_buckets",
  {
    key: text().primaryKey(),
    windowStart: timestamp({ withTimezone: true }).notNull(),
    hits: integer().notNull(),
  },
  (t) => [index().on(t.windowStart)],
);

/** Consecutive failed sign-ins per email (known or not, so the answer reveals nothing). */
export const signInFailures = pgTable("sign_in_failures", {
  /** SHA-256 of the lower-cased email. */
  accountKey: text().primaryKey(),
  failures: integer().notNull(),
  lastFailureAt: timestamp({ withTimezone: true }).notNull(),
  blockedUntil: timestamp({ withTimezone: true }),
});

/** The audit of failed and throttled sign-ins; accounts have no workspace yet at that point. */
export const signInAudit = pgTable(
  "sign_in_audit",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    email: text().notNull(),
    userId: uuid().references(() => users.id, { onDelete: "set null" }),
    address: text().notNull(),
    outcome: signInOutcome().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.email, t.createdAt), index().on(t.createdAt)],
);

export type SignInAuditEntry = typeof signInAudit.$inferSelect;
