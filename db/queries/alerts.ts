import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { alerts, type AlertKind } from "@/db/schema";

/** Opens the alert, or refreshes the open one of the same kind (message, last seen, count). */
export async function raiseAlert(
  { workspaceId, kind, message, at = new Date() }: { workspaceId: string; kind: AlertKind; message: string; at?: Date },
  tx: DbOrTx = db,
) {
  const [row] = await tx
    .insert(alerts)
    .values({ workspaceId, kind, message, firstAt: at, lastAt: at })
    .onConflictDoUpdate({
      target: [alerts.workspaceId, alerts.kind],
      targetWhere: sql`${alerts.resolvedAt} is null`,
      set: { message, lastAt: at, occurrences: sql`${alerts.occurrences} + 1` },
    })
    .returning();
  return row;
}

/** Closes the open alert of that kind, if any; `resolvedBy` is null when the condition cleared by itself. */
export async function resolveAlert(
  { workspaceId, kind, resolvedBy = null }: { workspaceId: string; kind: AlertKind; resolvedBy?: string | null },
  tx: DbOrTx = db,
) {
  const rows = await tx
    .update(alerts)
    .set({ resolvedAt: new Date(), resolvedBy })
    .where(and(eq(alerts.workspaceId, workspaceId), eq(alerts.kind, kind), isNull(alerts.resolvedAt)))
    .returning({ id: alerts.id });
  return rows.length > 0;
}

export async function listOpenAlerts({ workspaceId }: { workspaceId: string }, tx: DbOrTx = db) {
  return tx
    .select()
    .from(alerts)
    .where(and(eq(alerts.workspaceId, workspaceId), isNull(alerts.resolvedAt)))
    .orderBy(desc(alerts.lastAt));
}
