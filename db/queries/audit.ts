import { and, desc, eq } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { auditLog, users } from "@/db/schema";

export type AuditInput = {
  workspaceId: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

/** Write it in the same transaction as the change it records, so neither exists without the other. */
export async function recordAudit(entry: AuditInput, tx: DbOrTx = db) {
  await tx.insert(auditLog).values({ ...entry, before: entry.before ?? null, after: entry.after ?? null });
}

export async function listAuditFor(
  { workspaceId, entityType, entityId }: { workspaceId: string; entityType: string; entityId: string },
  tx: DbOrTx = db,
) {
  return tx
    .select({
      id: auditLog.id,
      action: auditLog.action,
      before: auditLog.before,
      after: auditLog.after,
      createdAt: auditLog.createdAt,
      actorName: users.name,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.workspaceId, workspaceId), eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id));
}
