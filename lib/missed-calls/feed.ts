import { db } from "@/db";
import { findCustomerByPhone, findMissedCallByExternalId, insertCallerCustomer, insertMissedCall } from "@/db/queries/missed-calls";
import { feedEndpoint } from "@/lib/ingest/feed-endpoint";
import { missedCallFeedSchema, type MissedCallFeed } from "@/lib/validation/missed-call";
import { notifyMissedCallChanged } from "./notify";

class Replay extends Error {}

/** Stores the missed call and, for an unknown number, its new customer, together or not at all. */
async function store(workspaceId: string, feed: MissedCallFeed): Promise<{ id: string; customerId: string; duplicate: boolean }> {
  const existing = await findMissedCallByExternalId({ workspaceId, externalId: feed.external_id });
  if (existing) return { ...existing, duplicate: true };
  try {
    return await db.transaction(async (tx) => {
      const known = await findCustomerByPhone({ workspaceId, phone: feed.from }, tx);
      const customer =
        known ?? (await insertCallerCustomer({ workspaceId, phone: feed.from, name: feed.caller_name ?? "Unknown caller" }, tx));
      const row = await insertMissedCall(
        {
          workspaceId,
          externalId: feed.external_id,
          fromPhone: feed.from,
          toPhone: feed.to ?? null,
          occurredAt: new Date(feed.occurred_at),
          callerName: feed.caller_name ?? null,
          reason: feed.reason ?? null,
          voicemailUrl: feed.voicemail_url ?? null,
          customerId: customer.id,
        },
        tx,
      );
      // A concurrent replay won the insert: roll back, so no second "unknown caller" is left behind.
      if (!row) throw new Replay();
      await notifyMissedCallChanged({ workspaceId, missedCallId: row.id }, tx);
      return { id: row.id, customerId: customer.id, duplicate: false };
    });
  } catch (error) {
    if (!(error instanceof Replay)) throw error;
    const winner = await findMissedCallByExternalId({ workspaceId, externalId: feed.external_id });
    if (!winner) throw error;
    return { ...winner, duplicate: true };
  }
}

/** POST /api/v1/missed-calls (CONTRACT.md §4): the business's phone system reports calls we missed. */
export const receiveMissedCall = feedEndpoint({ name: "missed-calls", schema: missedCallFeedSchema, store });
