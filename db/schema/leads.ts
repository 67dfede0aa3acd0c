import { index, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { calls } from "./calls";
import { customers } from "./customers";
import { leadStatus } from "./enums";
import { users, workspaces } from "./workspaces";

/**
 * New enquiries (web forms, ad platforms, entered by hand), called at once by the workspace's lead
 * assistant. Claimed like a missed call: the call placed for it holds it until that call ends.
 */
export const leads = pgTable(
  "leads",
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    /** The sender's id for the lead: a replay with the same id stores nothing new. */
    externalId: text().notNull(),
    name: text().notNull(),
    /** E.164. */
    phone: text().notNull(),
    email: text(),
    address: text(),
    serviceRequested: text(),
    /** Where the lead came from ("website", "google_ads"…), as the sender names it. */
    source: text().notNull(),
    notes: text(),
    customerId: uuid()
      .notNull()
      .references(() => customers.id),
    status: leadStatus().notNull().default("open"),
    claimedBy: uuid().references(() => users.id),
    claimedAt: timestamp({ withTimezone: true }),
    /** The call holding the lead now; the first call stays in firstCallId for time-to-first-call. */
    callId: uuid().references(() => calls.id),
    firstCallId: uuid().references(() => calls.id),
    /** Why the lead assistant did not call (no assistant set, do-not-call, a call in flight). */
    autoCallNote: text(),
    createdBy: uuid().references(() => users.id),
    receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp({ withTimezone: true }),
    dismissedBy: uuid().references(() => users.id),
    dismissedReason: text(),
  },
  (t) => [
    unique().on(t.workspaceId, t.externalId),
    index().on(t.workspaceId, t.status, t.receivedAt),
    index().on(t.callId),
    index().on(t.workspaceId, t.receivedAt),
  ],
);

export type Lead = typeof leads.$inferSelect;
