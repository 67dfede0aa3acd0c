import { and, eq } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { callEvents, calls, type Call } from "@/db/schema";

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

export async function updateCall(
  { workspaceId, id, values }: { workspaceId: string; id: string; values: Partial<NewCall> },
  tx: DbOrTx = db,
) {
  const [row] = await tx
    .update(calls)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(calls.workspaceId, workspaceId), eq(calls.id, id)))
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
