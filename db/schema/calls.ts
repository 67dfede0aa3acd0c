import { sql } from "drizzle-orm";
import { bigserial, boolean, customType, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { assistants } from "./assistants";
import { customers } from "./customers";
import { answeredBy, callPurpose, callStatus } from "./enums";
import { users, workspaces } from "./workspaces";

/** A full-text document; written only as `to_tsvector(…)` in SQL, never read back by the app. */
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export type CallContext = {
  callbackReason?: string;
  previousInteraction?: string;
  customMessage?: string;
  appointmentInfo?: string;
  estimateInfo?: string;
};

export type SchedulingOptions = {
  availableSlots: { start: string; end: string }[];
  serviceDurationMinutes?: number;
  earliestAvailable?: string;
};

/** The outcome as the provider reported it (CONTRACT.md §2), kept whole even for unknown types. */
export type CallOutcome = {
  type: string;
  notes?: string;
  appointment_id?: string;
  appointment_start?: string;
  callback_at?: string;
  amount?: number;
  promised_date?: string;
  [key: string]: unknown;
};

/** The provider's refusal of the create request, kept for the small print and the 409 link. */
export type ProviderErrorRecord = {
  httpStatus: number | null;
  code: string;
  message: string;
  /** 409: the provider's call already placed with this Idempotency-Key, and ours if we know it. */
  conflictProviderCallId?: string | null;
  conflictCallId?: string | null;
};

/** What the pre-call checks found, stored with the call (issue: compliance on every call). */
export type ComplianceRecord = {
  checkedAt: string;
  checks: { rule: string; result: "pass" | "fail" | "overridden"; detail: string; allowedAt?: string; zone?: string }[];
};

export const calls = pgTable(
  "calls",
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    customerId: uuid()
      .notNull()
      .references(() => customers.id),
    assistantId: uuid()
      .notNull()
      .references(() => assistants.id),
    placedBy: uuid().references(() => users.id),
    purpose: callPurpose().notNull(),
    /** E.164, as sent. */
    phoneNumber: text().notNull(),
    customerName: text().notNull(),
    preferredName: text(),
    context: jsonb().$type<CallContext>().notNull(),
    schedulingOptions: jsonb().$type<SchedulingOptions>(),
    maxDuration: integer().notNull(),
    recordCall: boolean().notNull(),
    webhookUrl: text().notNull(),
    /** Sent as `Idempotency-Key` on every attempt; also makes a resubmitted form a no-op. */
    idempotencyKey: text().notNull().unique(),
    /** The exact JSON body sent to the provider, so every retry sends the same bytes. */
    requestBody: jsonb().$type<Record<string, unknown>>().notNull(),
    status: callStatus().notNull().default("pending"),
    providerCallId: text().unique(),
    estimatedWait: integer(),
    trackingUrl: text(),
    sendAttempts: integer().notNull().default(0),
    /** Why the call was refused or why the last send failed, in words a dispatcher can act on. */
    lastError: text(),
    providerError: jsonb().$type<ProviderErrorRecord>(),
    answeredBy: answeredBy(),
    durationSeconds: integer(),
    /** Provider URLs: fetched by the server only, never sent to a browser. */
    recordingUrl: text(),
    transcriptUrl: text(),
    outcomeType: text(),
    outcome: jsonb().$type<CallOutcome>(),
    aiSummary: text(),
    failureReason: text(),
    /** A completed call with no outcome or an unknown type waits for a person. */
    needsReview: boolean().notNull().default(false),
    compliance: jsonb().$type<ComplianceRecord>(),
    /** For `scheduled` calls: when the job may send it. */
    scheduledFor: timestamp({ withTimezone: true }),
    /** The customer's zone the calling-hours check used, so "goes out at 8:00 AM" reads in their time. */
    customerTimeZone: text(),
    /**
     * Set while the send job's request to the provider is in flight. Cancelling needs it null: a call
     * the provider may already have is not ours to cancel (the send and a cancel race on this row).
     */
    sendingAt: timestamp({ withTimezone: true }),
    /** Who canceled a held, scheduled or retrying call before it went out, and when. */
    canceledAt: timestamp({ withTimezone: true }),
    canceledBy: uuid().references(() => users.id),
    /** The call this one retries, and which try it is (1 = first call). */
    retryOfCallId: uuid(),
    attempt: integer().notNull().default(1),
    /** Set on calls a campaign placed: the board filters by it. */
    campaignId: uuid(),
    /** Review (managers): the original outcome stays in outcome history when reclassified. */
    reviewedAt: timestamp({ withTimezone: true }),
    reviewedBy: uuid().references(() => users.id),
    rating: integer(),
    reviewNote: text(),
    /** The transcript's words, set when the transcript is stored, so one index serves the whole search. */
    transcriptDocument: tsvector(),
    originalOutcome: jsonb().$type<CallOutcome>(),
    /**
     * The callback task made from this call is not completed yet. Kept by a callback_tasks trigger
     * (migration 0019), so the outcomes aggregates count open callbacks as they count any column.
     */
    callbackOpen: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
    answeredAt: timestamp({ withTimezone: true }),
    endedAt: timestamp({ withTimezone: true }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Leads with (workspace, created_at, id) for keyset pages; the rest lets the outcomes report's
    // aggregates run as index-only scans (drizzle has no INCLUDE, so they are trailing key columns).
    index("calls_report_idx").on(
      t.workspaceId,
      t.createdAt,
      t.id,
      t.purpose,
      t.assistantId,
      t.placedBy,
      t.status,
      t.answeredBy,
      t.outcomeType,
      t.durationSeconds,
      t.needsReview,
      t.reviewedAt,
    ),
    index().on(t.workspaceId, t.customerId, t.createdAt),
    // A search's period as a bitmap to AND with calls_search_idx: a third of calls_report_idx's
    // pages for the same range (at 1M calls the range's bitmap took 73 ms from that one, 24 here).
    index("calls_period_idx").on(t.workspaceId, t.createdAt),
    // The outcomes table sorted by duration or outcome: a page walks these in order (keyset on the
    // same expressions as lib/outcomes/report-sql.ts SORTS) instead of sorting the whole period.
    index("calls_duration_sort_idx").on(t.workspaceId, sql`coalesce(${t.durationSeconds}, -1)`, t.id),
    index("calls_outcome_sort_idx").on(t.workspaceId, sql`coalesce(${t.outcomeType}, '')`, t.id),
    // The outcomes search's "any part of the number" (LIKE '%digits%'), when the digits are rarer than the period's calls.
    index("calls_phone_trgm_idx").using("gin", t.phoneNumber.op("gin_trgm_ops")),
    index()
      .on(t.workspaceId, t.campaignId, t.createdAt)
      .where(sql`campaign_id is not null`),
    index("calls_search_idx").using(
      "gin",
      sql`(to_tsvector('english', coalesce(${t.aiSummary}, '') || ' ' || coalesce(${t.outcome}->>'notes', '') || ' ' || coalesce(${t.reviewNote}, '')) || coalesce(${t.transcriptDocument}, ''::tsvector))`,
    ),
  ],
);

/** Everything that happened to a call, in arrival order: requests, provider answers, webhooks. */
export const callEvents = pgTable(
  "call_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    callId: uuid()
      .notNull()
      .references(() => calls.id, { onDelete: "cascade" }),
    type: text().notNull(),
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.callId, t.id)],
);

export type Call = typeof calls.$inferSelect;
export type CallEvent = typeof callEvents.$inferSelect;
