import { and, count, eq, isNull, min, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { attentionItems, callbackTasks, missedCalls } from "@/db/schema";

/** What waits for someone now: the nav's counts and the tab title's. */
export type DayCounts = {
  openMissed: number;
  callbacksDue: number;
  attention: number;
  /** When the next callback falls due (ISO), so the count can move then without polling. */
  nextCallbackDueAt: string | null;
};

const dueAt = sql`coalesce(${callbackTasks.callbackAt}, ${callbackTasks.createdAt})`;

/**
 * Open missed calls, callbacks due and not yet being called, and open attention items (only read
 * for those who see the attention list). Each count uses an index on workspace and state.
 */
export async function countDay(
  { workspaceId, now = new Date(), withAttention }: { workspaceId: string; now?: Date; withAttention: boolean },
  tx: DbOrTx = db,
): Promise<DayCounts> {
  const waiting = and(eq(callbackTasks.workspaceId, workspaceId), isNull(callbackTasks.completedAt), isNull(callbackTasks.callId));
  const [[missed], [due], [next], attention] = await Promise.all([
    tx
      .select({ n: count() })
      .from(missedCalls)
      .where(and(eq(missedCalls.workspaceId, workspaceId), eq(missedCalls.status, "open"))),
    tx
      .select({ n: count() })
      .from(callbackTasks)
      .where(and(waiting, sql`${dueAt} <= ${now.toISOString()}::timestamptz`)),
    tx
      .select({ at: min(dueAt).mapWith((v: string | Date | null) => (v ? new Date(v) : null)) })
      .from(callbackTasks)
      .where(and(waiting, sql`${dueAt} > ${now.toISOString()}::timestamptz`)),
    withAttention
      ? tx
          .select({ n: count() })
          .from(attentionItems)
          .where(and(eq(attentionItems.workspaceId, workspaceId), isNull(attentionItems.resolvedAt)))
      : Promise.resolve([{ n: 0 }]),
  ]);
  return {
    openMissed: missed?.n ?? 0,
    callbacksDue: due?.n ?? 0,
    attention: attention[0]?.n ?? 0,
    nextCallbackDueAt: next?.at ? next.at.toISOString() : null,
  };
}
