import { bigserial, boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { calls } from "./calls";
import { deadLetterReason } from "./enums";
import { workspaces } from "./workspaces";

/**
 * Every accepted webhook, once: the primary key is the provider's `webhook-id`, so a retried
 * delivery finds its row and changes nothing.
 */
export const webhookEvents = pgTable(
  "webhook_events",
  {
    webhookId: text().primaryKey(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    callId: uuid()
      .notNull()
      .references(() => calls.id, { onDelete: "cascade" }),
    event: text().notNull(),
    /** The provider's envelope timestamp. */
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.callId, t.occurredAt)],
);

/** Webhooks that could not be applied, with the reason and the raw body, so none is lost. */
export const webhookDeadLetters = pgTable(
  "webhook_dead_letters",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    reason: deadLetterReason().notNull(),
    detail: text(),
    webhookId: text(),
    providerCallId: text(),
    headers: jsonb().$type<Record<string, string>>().notNull(),
    /** The body, or for an unauthenticated or oversized delivery only its first few KB. */
    rawBody: text().notNull(),
    /** SHA-256 (hex) of the bytes received: the whole body, or what was read before the size cap. */
    bodySha256: text(),
    /** Bytes received (up to the cap), and whether rawBody holds less than that. */
    bodyBytes: integer(),
    bodyTruncated: boolean().notNull().default(false),
    sourceAddress: text(),
    receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Set when a later step applied it (an unknown call that became known). */
    resolvedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.providerCallId), index().on(t.receivedAt)],
);

export type WebhookEvent = typeof webhookEvents.$inferSelect;
export type WebhookDeadLetter = typeof webhookDeadLetters.$inferSelect;
