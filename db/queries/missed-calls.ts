import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db, type DbOrTx } from "@/db";
import { customers, missedCalls, users } from "@/db/schema";
import type { MissedCallReason } from "@/db/schema/enums";

/** The workspace's customer on that number: a confirmed record before one made from a missed call. */
export async function findCustomerByPhone({ workspaceId, phone }: { workspaceId: string; phone: string }, tx: DbOrTx = db) {
  const [row] = await tx
    .select({ id: customers.id })
    .from(customers)
    .where(and(eq(customers.workspaceId, workspaceId), eq(customers.phone, phone), isNull(customers.mergedIntoId)))
    .orderBy(desc(customers.verified), asc(customers.createdAt))
    .limit(1);
  return row ?? null;
}

/** An unknown caller becomes a customer, unverified until a person confirms who it is. */
export async function insertCallerCustomer(
  {
    workspaceId,
    phone,
    name,
    email = null,
    address = null,
    notes = "Created from a missed call",
  }: { workspaceId: string; phone: string; name: string; email?: string | null; address?: string | null; notes?: string },
  tx: DbOrTx = db,
) {
  const [row] = await tx
    .insert(customers)
    .values({ workspaceId, phone, name, email, address, verified: false, notes })
    .returning({ id: customers.id });
  return row;
}

export type NewMissedCall = {
  workspaceId: string;
  externalId: string;
  fromPhone: string;
  toPhone: string | null;
  occurredAt: Date;
  callerName: string | null;
  reason: MissedCallReason | null;
  voicemailUrl: string | null;
  customerId: string;
};

/** Null when the phone system already sent this external id: a replay changes nothing. */
export async function insertMissedCall(values: NewMissedCall, tx: DbOrTx = db) {
  const [row] = await tx
    .insert(missedCalls)
    .values(values)
    .onConflictDoNothing({ target: [missedCalls.workspaceId, missedCalls.externalId] })
    .returning({ id: missedCalls.id });
  return row ?? null;
}

export async function findMissedCallByExternalId(
  { workspaceId, externalId }: { workspaceId: string; externalId: string },
  tx: DbOrTx = db,
) {
  const [row] = await tx
    .select({ id: missedCalls.id, customerId: missedCalls.customerId })
    .from(missedCalls)
    .where(and(eq(missedCalls.workspaceId, workspaceId), eq(missedCalls.externalId, externalId)))
    .limit(1);
  return row ?? null;
}

const claimers = alias(users, "claimers");
const dismissers = alias(users, "dismissers");

const listColumns = {
  id: missedCalls.id,
  fromPhone: missedCalls.fromPhone,
  occurredAt: missedCalls.occurredAt,
  callerName: missedCalls.callerName,
  reason: missedCalls.reason,
  voicemailUrl: missedCalls.voicemailUrl,
  customerId: missedCalls.customerId,
  customerName: customers.name,
  customerVerified: customers.verified,
  status: missedCalls.status,
  claimedByName: claimers.name,
  claimedAt: missedCalls.claimedAt,
  callId: missedCalls.callId,
  resolvedAt: missedCalls.resolvedAt,
  dismissedByName: dismissers.name,
  dismissedReason: missedCalls.dismissedReason,
};

function selectMissed(tx: DbOrTx) {
  return tx
    .select(listColumns)
    .from(missedCalls)
    .innerJoin(customers, eq(customers.id, missedCalls.customerId))
    .leftJoin(claimers, eq(claimers.id, missedCalls.claimedBy))
    .leftJoin(dismissers, eq(dismissers.id, missedCalls.dismissedBy));
}

export type MissedCallRow = NonNullable<Awaited<ReturnType<typeof getMissedCall>>>;

/**
 * Every open and in-progress missed call, oldest first (the longest wait is the most urgent),
 * then the most recently closed ones for reference.
 */
export async function listMissedCalls({ workspaceId, closedLimit = 100 }: { workspaceId: string; closedLimit?: number }, tx: DbOrTx = db) {
  const [active, closed] = await Promise.all([
    selectMissed(tx)
      .where(and(eq(missedCalls.workspaceId, workspaceId), inArray(missedCalls.status, ["open", "calling"])))
      .orderBy(asc(missedCalls.occurredAt))
      .limit(1000),
    selectMissed(tx)
      .where(and(eq(missedCalls.workspaceId, workspaceId), inArray(missedCalls.status, ["resolved", "dismissed"])))
      .orderBy(desc(sql`coalesce(${missedCalls.resolvedAt}, ${missedCalls.receivedAt})`))
      .limit(closedLimit),
  ]);
  return [...active, ...closed];
}

export async function getMissedCall({ workspaceId, id }: { workspaceId: string; id: string }, tx: DbOrTx = db) {
  const [row] = await selectMissed(tx)
    .where(and(eq(missedCalls.workspaceId, workspaceId), eq(missedCalls.id, id)))
    .limit(1);
  return row ?? null;
}

/** The missed calls a call was placed for: a change to the call may have settled them. */
export async function listMissedCallIdsForCall({ workspaceId, callId }: { workspaceId: string; callId: string }, tx: DbOrTx = db) {
  const rows = await tx
    .select({ id: missedCalls.id })
    .from(missedCalls)
    .where(and(eq(missedCalls.workspaceId, workspaceId), eq(missedCalls.callId, callId)));
  return rows.map((r) => r.id);
}

/**
 * Only an open missed call can be dismissed: one being called back waits for that call.
 * resolvedAt is when the item closed, whichever way it closed.
 */
export async function dismissMissedCall(
  { workspaceId, id, userId, reason }: { workspaceId: string; id: string; userId: string; reason: string },
  tx: DbOrTx = db,
) {
  const [row] = await tx
    .update(missedCalls)
    .set({ status: "dismissed", dismissedBy: userId, dismissedReason: reason, resolvedAt: new Date() })
    .where(and(eq(missedCalls.workspaceId, workspaceId), eq(missedCalls.id, id), eq(missedCalls.status, "open")))
    .returning({ id: missedCalls.id });
  return row ?? null;
}

/** A number to ring in from, for the demo generator: any customer of the workspace who may be called. */
export async function pickCustomerForDemo({ workspaceId }: { workspaceId: string }, tx: DbOrTx = db) {
  const [row] = await tx
    .select({ name: customers.name, phone: customers.phone })
    .from(customers)
    .where(and(eq(customers.workspaceId, workspaceId), eq(customers.doNotCall, false), eq(customers.verified, true)))
    .orderBy(sql`random()`)
    .limit(1);
  return row ?? null;
}
