import { and, eq, inArray, isNull } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { callEvents, calls, type Call } from "@/db/schema";
import type { CallStatus } from "@/db/schema/enums";

export type NewCall = typeof calls.$inferInsert;

export async function insertCall(values: NewCall, tx: DbOrTx = db): Promise<Call> {
  const [row] = await tx.insert(calls).values(values).returning();
  return row;
}

export async function insertCallEvent(
  { workspaceId, callId, type, data = {} }: { workspaceId: string; callId: string; type: string; data?: Record<string, unknown> },
  tx: DbOrTx = db,
) {
  await tx.insert(callEvents).values({ workspaceId, callId, type, data });
}

export async function findCallByIdempotencyKey(
  { workspaceId, idempotencyKey }: { workspaceId: string; idempotencyKey: string },
  tx: DbOrTx = db,
) {
  const [row] = await tx
    .select()
    .from(calls)
    .where(and(eq(calls.workspaceId, workspaceId), eq(calls.idempotencyKey, idempotencyKey)))
    .limit(1);
  return row ?? null;
}

export async function findCall({ workspaceId, id }: { workspaceId: string; id: string }, tx: DbOrTx = db) {
  const [row] = await tx
    .select()
    .from(calls)
    .where(and(eq(calls.workspaceId, workspaceId), eq(calls.id, id)))
    .limit(1);
  return row ?? null;
}

/** `onlyIf`: change the row only while it is in one of these statuses (null when it was not). */
export async function updateCall(
  { workspaceId, id, values, onlyIf }: { workspaceId: string; id: string; values: Partial<NewCall>; onlyIf?: CallStatus[] },
  tx: DbOrTx = db,
) {
  const [row] = await tx
    .update(calls)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(calls.workspaceId, workspaceId), eq(calls.id, id), onlyIf ? inArray(calls.status, onlyIf) : undefined))
    .returning();
  return row ?? null;
}

/** Calls that have not gone out yet: held by a rule, waiting out an outage, or retrying a send. */
export const CANCELLABLE_STATUSES = ["scheduled", "pending"] as const satisfies readonly CallStatus[];

/**
 * The send job takes the call for its request to the provider: one conditional update on the row,
 * so a cancel that committed first wins (no row: do not send) and a cancel after this sees
 * `sending_at` and refuses.
 */
export async function markCallSending({ workspaceId, id }: { workspaceId: string; id: string }, tx: DbOrTx = db) {
  const [row] = await tx
    .update(calls)
    .set({ sendingAt: new Date() })
    .where(and(eq(calls.workspaceId, workspaceId), eq(calls.id, id), eq(calls.status, "pending")))
    .returning({ id: calls.id });
  return Boolean(row);
}

/**
 * Cancels a call that has not gone out: only while it is scheduled or pending and no send is in
 * flight, checked in the update itself (PostgreSQL re-checks the row after any concurrent write).
 */
export async function cancelWaitingCall(
  { workspaceId, id, userId, now = new Date() }: { workspaceId: string; id: string; userId: string; now?: Date },
  tx: DbOrTx = db,
) {
  const [row] = await tx
    .update(calls)
    .set({ status: "canceled", canceledAt: now, canceledBy: userId, endedAt: now, updatedAt: now })
    .where(
      and(eq(calls.workspaceId, workspaceId), eq(calls.id, id), inArray(calls.status, [...CANCELLABLE_STATUSES]), isNull(calls.sendingAt)),
    )
    .returning();
  return row ?? null;
}

export async function findCallByProviderId(
  { workspaceId, providerCallId }: { workspaceId: string; providerCallId: string },
  tx: DbOrTx = db,
) {
  const [row] = await tx
    .select({ id: calls.id })
    .from(calls)
    .where(and(eq(calls.workspaceId, workspaceId), eq(calls.providerCallId, providerCallId)))
    .limit(1);
  return row ?? null;
}
