import { sql } from "drizzle-orm";
import { bigserial, index, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { calls } from "./calls";
import { customers } from "./customers";
import { missedCallReason, missedCallStatus } from "./enums";
import { users, workspaces } from "./workspaces";

/** CONTRACT.md §4: calls the business missed, fed by its phone system. */
export const missedCalls = pgTable(
  "missed_calls",
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    externalId: text().notNull(),
    fromPhone: text().notNull(),
    toPhone: text(),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    callerName: text(),
    reason: missedCallReason(),
    voicemailUrl: text(),
    customerId: uuid()
      .notNull()
      .references(() => customers.id),
    status: missedCallStatus().notNull().default("open"),
    /** Who is calling back; set once, so a second dispatcher sees who took it. */
    claimedBy: uuid().references(() => users.id),
    claimedAt: timestamp({ withTimezone: true }),
    callId: uuid().references(() => calls.id),
    resolvedAt: timestamp({ withTimezone: true }),
    dismissedBy: uuid().references(() => users.id),
    dismissedReason: text(),
    receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique().on(t.workspaceId, t.externalId),
    index().on(t.workspaceId, t.status, t.occurredAt),
    index().on(t.callId),
    // A customer's profile timeline.
    index().on(t.workspaceId, t.customerId, t.occurredAt),
  ],
);

/** Ingest tokens are shown once; only their SHA-256 is kept. */
export const ingestTokens = pgTable(
  "ingest_tokens",
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    name: text().notNull(),
    tokenHash: text().notNull().unique(),
    /** The first characters, so an admin can tell tokens apart. */
    prefix: text().notNull(),
    createdBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    revokedBy: uuid().references(() => users.id),
  },
  (t) => [index().on(t.workspaceId)],
);

/** Feed requests that were refused, with the reason and the raw body, so nothing is lost. */
export const ingestRejections = pgTable("ingest_rejections", {
  id: bigserial({ mode: "number" }).primaryKey(),
  workspaceId: uuid().references(() => workspaces.id, { onDelete: "cascade" }),
  status: text().notNull(),
  reason: text().notNull(),
  /** The body, or for an unauthenticated or oversized request only its first few KB. */
  rawBody: text().notNull(),
  bodySha256: text(),
  receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * The do-not-call register: an entry is never deleted, only annotated, and kept at least five
 * years (TCPA record-keeping); the customer flag is a fast copy of it.
 */
export const doNotCallEntries = pgTable(
  "do_not_call_entries",
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    phone: text().notNull(),
    customerId: uuid().references(() => customers.id),
    source: text().notNull(),
    reason: text(),
    sourceCallId: uuid().references(() => calls.id),
    createdBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    annotations: jsonb()
      .$type<{ at: string; by: string | null; note: string }[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
  },
  (t) => [index().on(t.workspaceId, t.phone), index().on(t.workspaceId, t.customerId)],
);

export type MissedCall = typeof missedCalls.$inferSelect;
export type IngestToken = typeof ingestTokens.$inferSelect;
export type DoNotCallEntry = typeof doNotCallEntries.$inferSelect;
