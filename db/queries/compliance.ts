import { and, desc, eq, gte, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { calls, customers, doNotCallEntries } from "@/db/schema";

/** A do-not-call entry for the number, or a flagged customer on it. */
export async function findDoNotCall({ workspaceId, phone }: { workspaceId: string; phone: string }, tx: DbOrTx = db) {
  const [entry] = await tx
    .select({ reason: doNotCallEntries.reason, at: doNotCallEntries.createdAt, source: doNotCallEntries.source })
    .from(doNotCallEntries)
    .where(and(eq(doNotCallEntries.workspaceId, workspaceId), eq(doNotCallEntries.phone, phone)))
    .orderBy(desc(doNotCallEntries.createdAt))
    .limit(1);
  if (entry) return entry;
  const [flagged] = await tx
    .select({ reason: customers.doNotCallReason, at: customers.doNotCallAt, name: customers.name })
    .from(customers)
    .where(and(eq(customers.workspaceId, workspaceId), eq(customers.phone, phone), eq(customers.doNotCall, true)))
    .limit(1);
  return flagged ? { reason: flagged.reason, at: flagged.at, source: "customer" } : null;
}

/** The customer's calls of the last 8 days: enough for the 7-day rules and the duplicate guard. */
export async function listRecentCustomerCalls(
  { workspaceId, customerId, now }: { workspaceId: string; customerId: string; now: Date },
  tx: DbOrTx = db,
) {
  return tx
    .select({
      id: calls.id,
      idempotencyKey: calls.idempotencyKey,
      createdAt: calls.createdAt,
      purpose: calls.purpose,
      status: calls.status,
      answeredBy: calls.answeredBy,
      endedAt: calls.endedAt,
    })
    .from(calls)
    .where(
      and(
        eq(calls.workspaceId, workspaceId),
        eq(calls.customerId, customerId),
        gte(calls.createdAt, sql`${now.toISOString()}::timestamptz - interval '8 days'`),
      ),
    )
    .orderBy(desc(calls.createdAt));
}

/** Adds the number to the register (idempotent per source call) and flags the customer. */
export async function addDoNotCallEntry(
  values: {
    workspaceId: string;
    phone: string;
    customerId: string | null;
    source: string;
    reason: string | null;
    sourceCallId?: string | null;
    createdBy?: string | null;
  },
  tx: DbOrTx = db,
) {
  if (values.sourceCallId) {
    const [existing] = await tx
      .select({ id: doNotCallEntries.id })
      .from(doNotCallEntries)
      .where(and(eq(doNotCallEntries.workspaceId, values.workspaceId), eq(doNotCallEntries.sourceCallId, values.sourceCallId)))
      .limit(1);
    if (existing) return;
  }
  await tx.insert(doNotCallEntries).values(values);
}

export const IN_FLIGHT_STATUSES = ["scheduled", "pending", "queued", "dialing", "ringing", "in_progress"] as const;

/**
 * Serialises everything that places a call to one number in one workspace until the transaction
 * ends: the duplicate guard reads the number's recent calls and then inserts, so two placements at
 * the same instant (two leads, a double submit) must not both read before either inserts. A
 * transaction-scoped advisory lock on a hash of (workspace, number); the rare collision of two
 * numbers only makes one wait a few milliseconds.
 */
export async function lockNumberForPlacing({ workspaceId, phone }: { workspaceId: string; phone: string }, tx: DbOrTx) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`${workspaceId}:${phone}`}, 0))`);
}
