import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { calls, customers } from "@/db/schema";

/** Calls that ended with a promise to pay, newest first, with the customer they are about. */
export async function listPromisedPayments({ workspaceId, limit = 300 }: { workspaceId: string; limit?: number }, tx: DbOrTx = db) {
  return tx
    .select({
      callId: calls.id,
      promisedAt: sql<Date>`coalesce(${calls.endedAt}, ${calls.createdAt})`.mapWith(calls.createdAt),
      amount: sql<string | null>`${calls.outcome}->>'amount'`,
      promisedDate: sql<string | null>`${calls.outcome}->>'promised_date'`,
      notes: sql<string | null>`${calls.outcome}->>'notes'`,
      customerId: customers.id,
      customerName: customers.name,
      customerPhone: customers.phone,
      doNotCall: customers.doNotCall,
    })
    .from(calls)
    .innerJoin(customers, eq(customers.id, calls.customerId))
    .where(and(eq(calls.workspaceId, workspaceId), eq(calls.outcomeType, "payment_promised")))
    .orderBy(desc(calls.createdAt))
    .limit(limit);
}

export type PromisedPaymentRow = Awaited<ReturnType<typeof listPromisedPayments>>[number];

/** The calls already placed under these request keys (the follow-ups of earlier presses). */
export async function findCallsByKeys({ workspaceId, keys }: { workspaceId: string; keys: string[] }, tx: DbOrTx = db) {
  if (keys.length === 0) return [];
  return tx
    .select({ id: calls.id, key: calls.idempotencyKey, status: calls.status, createdAt: calls.createdAt })
    .from(calls)
    .where(and(eq(calls.workspaceId, workspaceId), inArray(calls.idempotencyKey, keys)));
}
