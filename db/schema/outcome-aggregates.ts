import { bigint, boolean, date, integer, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { answeredBy, callPurpose, callStatus } from "./enums";
import { workspaces } from "./workspaces";

/**
 * The outcomes report's counts per workspace, local day (in the workspace's time zone) and every
 * dimension the report filters or groups by, so its figures and charts read a few thousand rows
 * instead of every call in the range. Kept by the `calls` triggers of migration 0019, which run at
 * the commit of any transaction that changed a call (so no writer can forget it); rebuilt from the
 * calls by `npm run outcomes:rebuild` and whenever a workspace's time zone changes.
 */
export const outcomeDaily = pgTable(
  "outcome_daily",
  {
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    day: date({ mode: "string" }).notNull(),
    purpose: callPurpose().notNull(),
    assistantId: uuid().notNull(),
    placedBy: uuid(),
    status: callStatus().notNull(),
    answeredBy: answeredBy(),
    outcomeType: text(),
    needsReview: boolean().notNull(),
    reviewed: boolean().notNull(),
    calls: integer().notNull(),
    /** Sum and count of the known durations, for the average. */
    durationSum: bigint({ mode: "number" }).notNull(),
    durationCount: integer().notNull(),
    /** Of these calls, those with a callback task not yet completed (`calls.callback_open`). */
    callbacksOpen: integer().notNull().default(0),
  },
  // Leads with (workspace, day) so a report's range is one index range; nulls are one group.
  (t) => [
    unique("outcome_daily_key")
      .on(t.workspaceId, t.day, t.purpose, t.assistantId, t.placedBy, t.status, t.answeredBy, t.outcomeType, t.needsReview, t.reviewed)
      .nullsNotDistinct(),
  ],
);

export type OutcomeDailyRow = typeof outcomeDaily.$inferSelect;

/**
 * The unfiltered report's rollups of the same counts, one per chart: `all` (figures and calls per
 * day), and per `purpose`, `assistant` and `dispatcher` (key: the purpose or the id; null: an
 * automatic retry). At 1M calls outcome_daily still holds ~3k groups a day, as assistants × people
 * × purposes × outcomes multiply; these hold a few hundred, so the default view reads ~20× fewer rows.
 * Kept by the same triggers, in the same transaction.
 */
export const outcomeDailyRollups = pgTable(
  "outcome_daily_rollups",
  {
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    day: date({ mode: "string" }).notNull(),
    dimension: text({ enum: ["all", "purpose", "assistant", "dispatcher"] }).notNull(),
    key: text(),
    answeredBy: answeredBy(),
    outcomeType: text(),
    /** Needs review and not yet reviewed. */
    openReview: boolean().notNull(),
    calls: integer().notNull(),
    durationSum: bigint({ mode: "number" }).notNull(),
    durationCount: integer().notNull(),
    callbacksOpen: integer().notNull().default(0),
  },
  (t) => [
    unique("outcome_daily_rollups_key")
      .on(t.workspaceId, t.dimension, t.day, t.key, t.answeredBy, t.outcomeType, t.openReview)
      .nullsNotDistinct(),
  ],
);
