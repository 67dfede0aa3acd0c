import { sql } from "drizzle-orm";
import { integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users, workspaces } from "./workspaces";

/**
 * Workspace-level conditions an admin must act on, as opposed to attention items, which are about
 * one call. `provider_credentials`: the provider answered 401/403; `provider_outage`: the provider
 * stopped answering; `jobs_failing`: background jobs gave up.
 */
export const alertKinds = ["provider_credentials", "provider_outage", "jobs_failing"] as const;
export const alertKind = pgEnum("alert_kind", alertKinds);

export const alerts = pgTable(
  "alerts",
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    kind: alertKind().notNull(),
    message: text().notNull(),
    /** First and latest time the condition was seen while the alert stayed open. */
    firstAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    occurrences: integer().notNull().default(1),
    resolvedAt: timestamp({ withTimezone: true }),
    resolvedBy: uuid().references(() => users.id),
  },
  // One open alert per kind: a repeated condition updates it instead of piling up rows.
  (t) => [
    uniqueIndex("alerts_open_kind_idx")
      .on(t.workspaceId, t.kind)
      .where(sql`${t.resolvedAt} is null`),
  ],
);

export type Alert = typeof alerts.$inferSelect;
export type AlertKind = (typeof alertKinds)[number];
