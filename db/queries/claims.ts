import { and, eq, isNull, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { callbackTasks, missedCalls, users } from "@/db/schema";
import { settleLeadClaims } from "./leads";

/**
 * Claims a missed call for a callback in one conditional update: of two dispatchers clicking at
 * once, exactly one gets the row; the other is told who has it.
 */
export async function claimMissedCall(
  { workspaceId, missedCallId, userId, callId }: { workspaceId: string; missedCallId: string; userId: string | null; callId: string },
  tx: DbOrTx = db,
) {
  const [row] = await tx
    .update(missedCalls)
    .set({ status: "calling", claimedBy: userId, claimedAt: new Date(), callId })
    .where(and(eq(missedCalls.workspaceId, workspaceId), eq(missedCalls.id, missedCallId), eq(missedCalls.status, "open")))
    .returning({ id: missedCalls.id });
  return Boolean(row);
}

export async function claimCallbackTask(
  { workspaceId, taskId, userId, callId }: { workspaceId: string; taskId: string; userId: string | null; callId: string },
  tx: DbOrTx = db,
) {
  const [row] = await tx
    .update(callbackTasks)
    .set({ claimedBy: userId, claimedAt: new Date(), callId })
    .where(
      and(
        eq(callbackTasks.workspaceId, workspaceId),
        eq(callbackTasks.id, taskId),
        isNull(callbackTasks.completedAt),
        isNull(callbackTasks.callId),
      ),
    )
    .returning({ id: callbackTasks.id });
  return Boolean(row);
}

/** Who holds a missed call or callback task, for the "already taken" message. */
export async function findClaim(
  { workspaceId, missedCallId, taskId }: { workspaceId: string; missedCallId?: string; taskId?: string },
  tx: DbOrTx = db,
) {
  if (missedCallId) {
    const [row] = await tx
      .select({ status: missedCalls.status, claimedAt: missedCalls.claimedAt, name: users.name })
      .from(missedCalls)
      .leftJoin(users, eq(users.id, missedCalls.claimedBy))
      .where(and(eq(missedCalls.workspaceId, workspaceId), eq(missedCalls.id, missedCallId)))
      .limit(1);
    return row ?? null;
  }
  if (taskId) {
    const [row] = await tx
      .select({ completedAt: callbackTasks.completedAt, claimedAt: callbackTasks.claimedAt, name: users.name })
      .from(callbackTasks)
      .leftJoin(users, eq(users.id, callbackTasks.claimedBy))
      .where(and(eq(callbackTasks.workspaceId, workspaceId), eq(callbackTasks.id, taskId)))
      .limit(1);
    return row ? { status: row.completedAt ? "resolved" : "calling", claimedAt: row.claimedAt, name: row.name } : null;
  }
  return null;
}

/**
 * When the callback call ends: with an outcome the missed call, task and lead are done; without one
 * (no answer, busy, failed, refused) they go back on the list for someone to try again.
 */
export async function settleClaims(
  { workspaceId, callId, resolved, userId }: { workspaceId: string; callId: string; resolved: boolean; userId?: string | null },
  tx: DbOrTx = db,
) {
  const now = new Date();
  const missed = await tx
    .update(missedCalls)
    .set(resolved ? { status: "resolved", resolvedAt: now } : { status: "open", claimedBy: null, claimedAt: null })
    .where(and(eq(missedCalls.workspaceId, workspaceId), eq(missedCalls.callId, callId), eq(missedCalls.status, "calling")))
    .returning({ id: missedCalls.id });
  const tasks = await tx
    .update(callbackTasks)
    .set(
      resolved
        ? { completedAt: now, completedBy: userId ?? sql`${callbackTasks.claimedBy}` }
        : { claimedBy: null, claimedAt: null, callId: null },
    )
    .where(and(eq(callbackTasks.workspaceId, workspaceId), eq(callbackTasks.callId, callId), isNull(callbackTasks.completedAt)))
    .returning({ id: callbackTasks.id });
  const leadIds = await settleLeadClaims({ workspaceId, callId, resolved }, tx);
  return { missedCallIds: missed.map((m) => m.id), taskIds: tasks.map((t) => t.id), leadIds };
}
