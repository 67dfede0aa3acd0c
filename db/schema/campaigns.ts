import { sql } from "drizzle-orm";
import { bigserial, index, integer, jsonb, pgTable, real, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { assistants } from "./assistants";
import { calls } from "./calls";
import { customers } from "./customers";
import { callPurpose, campaignRowState, campaignStatus } from "./enums";
import { users, workspaces } from "./workspaces";

/** Outcomes of a call that reached nobody useful, and may be tried again after `retryAfterHours`. */
export const retryableResults = ["no_answer", "busy", "voicemail"] as const;
export type RetryableResult = (typeof retryableResults)[number];

/** Wall-time slots ("YYYY-MM-DDTHH:MM", the workspace's zone) offered on every call of the campaign. */
export type CampaignSlot = { start: string; end: string };

/**
 * Many calls placed by the scheduler (lib/campaigns), each row through the same checks as a manual
 * call at the moment it is dialled. Dates and daily hours are read in each callee's own zone and
 * never reach outside the legal 8:00–21:00.
 */
export const campaigns = pgTable(
  "campaigns",
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    name: text().notNull(),
    purpose: callPurpose().notNull(),
    assistantId: uuid()
      .notNull()
      .references(() => assistants.id),
    /** "Hi {first_name}, about your {appointment}…": filled per row from its fields. */
    contextTemplate: text().notNull(),
    slots: jsonb().$type<CampaignSlot[]>().notNull().default([]),
    /** The callee's calendar days, "YYYY-MM-DD", inclusive. */
    startDate: text().notNull(),
    endDate: text().notNull(),
    /** Minutes after the callee's midnight, within 8:00–21:00. */
    dailyStartMinute: integer().notNull(),
    dailyEndMinute: integer().notNull(),
    ratePerMinute: integer().notNull(),
    maxInFlight: integer().notNull(),
    retryOn: text().array().$type<RetryableResult[]>().notNull().default([]),
    retryAfterHours: integer().notNull().default(4),
    maxAttempts: integer().notNull().default(1),
    status: campaignStatus().notNull().default("draft"),
    /** The pace (lib/campaigns/pacing.ts): calls started since paceAt, the start or last resume. */
    paceTokens: real().notNull().default(0),
    paceAt: timestamp({ withTimezone: true }),
    createdBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp({ withTimezone: true }),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.workspaceId, t.createdAt)],
);

export const campaignRows = pgTable(
  "campaign_rows",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    campaignId: uuid()
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    /** The CSV's row number (or the order customers were picked in), for people to find it. */
    rowNumber: integer().notNull(),
    customerId: uuid()
      .notNull()
      .references(() => customers.id),
    /** E.164, as dialled. */
    phone: text().notNull(),
    /** The per-row fields of the context template (first_name, appointment, amount…). */
    fields: jsonb().$type<Record<string, string>>().notNull().default({}),
    state: campaignRowState().notNull().default("queued"),
    /** Tries so far; a try's Idempotency-Key is derived from (campaign, row, attempt). */
    attempt: integer().notNull().default(0),
    /** When the row may be tried (again). */
    nextAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    dialStartedAt: timestamp({ withTimezone: true }),
    callId: uuid().references(() => calls.id),
    outcomeType: text(),
    /** Why it waits, was refused or failed, in words a manager can act on. */
    reason: text(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Duplicates in an upload are merged: one row per customer.
    unique().on(t.campaignId, t.customerId),
    index().on(t.campaignId, t.state, t.nextAt),
    // The scheduler's claim walks the rows to dial in order, without sorting every queued row.
    index("campaign_rows_due_idx")
      .on(t.campaignId, t.nextAt, t.rowNumber)
      .where(sql`state in ('queued', 'waiting')`),
    index().on(t.callId),
  ],
);

export type Campaign = typeof campaigns.$inferSelect;
export type CampaignRow = typeof campaignRows.$inferSelect;
