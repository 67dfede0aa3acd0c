import { boolean, index, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { calls } from "./calls";
import { customers } from "./customers";
import { appointmentStatus, attentionKind } from "./enums";
import { users, workspaces } from "./workspaces";

export type Utterance = { speaker: "assistant" | "customer"; text: string; start: number; end: number };

/** Fetched from the provider once the call completes; the provider's URL expires after 7 days. */
export const transcripts = pgTable(
  "transcripts",
  {
    callId: uuid()
      .primaryKey()
      .references(() => calls.id, { onDelete: "cascade" }),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    utterances: jsonb().$type<Utterance[]>().notNull(),
    fetchedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  // Searched through calls.transcript_document (calls_search_idx), which saveTranscript keeps.
);

export const callbackTasks = pgTable(
  "callback_tasks",
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    customerId: uuid()
      .notNull()
      .references(() => customers.id),
    sourceCallId: uuid()
      .notNull()
      .references(() => calls.id),
    callbackAt: timestamp({ withTimezone: true }),
    notes: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Who is calling back, and the call they placed; cleared if that call fails to connect. */
    claimedBy: uuid().references(() => users.id),
    claimedAt: timestamp({ withTimezone: true }),
    callId: uuid().references(() => calls.id),
    completedAt: timestamp({ withTimezone: true }),
    completedBy: uuid().references(() => users.id),
  },
  // One task per source call: a replayed effect finds the row.
  (t) => [
    unique().on(t.sourceCallId),
    index().on(t.workspaceId, t.completedAt),
    index().on(t.callId),
    // A customer's profile timeline and the "has open callback" filter.
    index().on(t.workspaceId, t.customerId, t.createdAt),
  ],
);

export const appointments = pgTable(
  "appointments",
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    customerId: uuid()
      .notNull()
      .references(() => customers.id),
    /** The call that booked it; null for one entered by hand. */
    sourceCallId: uuid().references(() => calls.id),
    providerAppointmentId: text(),
    startsAt: timestamp({ withTimezone: true }),
    /** The slot's end: the offered slot the booking matched, else the workspace's usual job length. */
    endsAt: timestamp({ withTimezone: true }),
    status: appointmentStatus().notNull().default("booked"),
    /** Booked by a call into a slot already at capacity: kept, and on the attention list. */
    overCapacity: boolean().notNull().default(false),
    notes: text(),
    createdBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique().on(t.sourceCallId),
    index().on(t.workspaceId, t.customerId),
    // The appointments page's days and weeks, and the capacity count of a slot.
    index().on(t.workspaceId, t.startsAt),
  ],
);

/** The managers' attention list: escalations, calls needing review, failed and stuck calls. */
export const attentionItems = pgTable(
  "attention_items",
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    callId: uuid()
      .notNull()
      .references(() => calls.id, { onDelete: "cascade" }),
    kind: attentionKind().notNull(),
    detail: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp({ withTimezone: true }),
    resolvedBy: uuid().references(() => users.id),
    resolution: jsonb().$type<Record<string, unknown>>(),
  },
  (t) => [unique().on(t.callId, t.kind), index().on(t.workspaceId, t.resolvedAt)],
);

export type Transcript = typeof transcripts.$inferSelect;
export type CallbackTask = typeof callbackTasks.$inferSelect;
export type Appointment = typeof appointments.$inferSelect;
export type AttentionItem = typeof attentionItems.$inferSelect;
