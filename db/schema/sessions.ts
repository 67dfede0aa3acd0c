import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./workspaces";

/**
 * One row per sign-in. The session cookie (a next-auth JWT) carries only this row's id, and every
 * request checks the row, so signing out, disabling a person or changing a password ends the
 * session server-side at once instead of when the cookie expires.
 */
export const sessions = pgTable(
  "sessions",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Touched at most once a minute by requests; the idle limit counts from here. */
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp({ withTimezone: true }),
    /** Why it ended: "sign_out", "password_changed", "disabled", … (kept for the audit trail). */
    revokedReason: text(),
    userAgent: text(),
  },
  (t) => [index().on(t.userId)],
);

export type Session = typeof sessions.$inferSelect;
