import { and, asc, desc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db, type DbOrTx } from "@/db";
import { callbackTasks, calls, customers, users } from "@/db/schema";

const claimers = alias(users, "claimers");
const completers = alias(users, "completers");
const sourceCalls = alias(calls, "source_calls");

const taskColumns = {
  id: callbackTasks.id,
  customerId: callbackTasks.customerId,
  customerName: customers.name,
  customerPhone: customers.phone,
  customerVerified: customers.verified,
  sourceCallId: callbackTasks.sourceCallId,
  sourceCallAt: sourceCalls.createdAt,
  sourcePhone: sourceCalls.phoneNumber,
  callbackAt: callbackTasks.callbackAt,
  notes: callbackTasks.notes,
  createdAt: callbackTasks.createdAt,
  claimedByName: claimers.name,
  claimedAt: callbackTasks.claimedAt,
  callId: callbackTasks.callId,
  completedAt: callbackTasks.completedAt,
  completedByName: completers.name,
};

function selectTasks(tx: DbOrTx) {
  return tx
    .select(taskColumns)
    .from(callbackTasks)
    .innerJoin(customers, eq(customers.id, callbackTasks.customerId))
    .innerJoin(sourceCalls, eq(sourceCalls.id, callbackTasks.sourceCallId))
    .leftJoin(claimers, eq(claimers.id, callbackTasks.claimedBy))
    .leftJoin(completers, eq(completers.id, callbackTasks.completedBy));
}

/**
 * Open tasks by when the customer asked to be called (no time given: when they asked), then the
 * most recently completed for reference.
 */
export async function listCallbackTasks(
  { workspaceId, completedLimit = 50 }: { workspaceId: string; completedLimit?: number },
  tx: DbOrTx = db,
) {
  const [open, completed] = await Promise.all([
    selectTasks(tx)
      .where(and(eq(callbackTasks.workspaceId, workspaceId), isNull(callbackTasks.completedAt)))
      .orderBy(asc(sql`coalesce(${callbackTasks.callbackAt}, ${callbackTasks.createdAt})`))
      .limit(1000),
    selectTasks(tx)
      .where(and(eq(callbackTasks.workspaceId, workspaceId), isNotNull(callbackTasks.completedAt)))
      .orderBy(desc(callbackTasks.completedAt))
      .limit(completedLimit),
  ]);
  return { open, completed };
}

export type CallbackTaskRow = Awaited<ReturnType<typeof listCallbackTasks>>["open"][number];

export async function findCallbackTask({ workspaceId, id }: { workspaceId: string; id: string }, tx: DbOrTx = db) {
  const [row] = await selectTasks(tx)
    .where(and(eq(callbackTasks.workspaceId, workspaceId), eq(callbackTasks.id, id)))
    .limit(1);
  return row ?? null;
}
