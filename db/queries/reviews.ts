import { and, eq } from "drizzle-orm";
import { db, type DbOrTx, type Tx } from "@/db";
import { listAuditFor } from "@/db/queries/audit";
import { calls, users, workspaces, type Call, type CallOutcome } from "@/db/schema";
import type { CallStatus } from "@/db/schema/enums";

/**
 * The call row locked until the transaction ends, so two managers saving at once apply one after
 * the other and each audit entry's "before" is what the other left.
 */
export async function lockCallForReview({ workspaceId, callId }: { workspaceId: string; callId: string }, tx: Tx): Promise<Call | null> {
  const [row] = await tx
    .select()
    .from(calls)
    .where(and(eq(calls.workspaceId, workspaceId), eq(calls.id, callId)))
    .limit(1)
    .for("update");
  return row ?? null;
}

export type ReviewAuditEntry = {
  id: number;
  action: string;
  actorName: string | null;
  /** ISO instant. */
  at: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

/** What the review panel needs, plain and serializable: dates are ISO strings. */
export type ReviewData = {
  callId: string;
  status: CallStatus;
  timeZone: string;
  outcome: CallOutcome | null;
  originalOutcome: CallOutcome | null;
  needsReview: boolean;
  reviewedAt: string | null;
  reviewedByName: string | null;
  rating: number | null;
  reviewNote: string | null;
  /** Newest first. */
  audit: ReviewAuditEntry[];
};

export async function getReviewView(
  { workspaceId, callId }: { workspaceId: string; callId: string },
  tx: DbOrTx = db,
): Promise<ReviewData | null> {
  const [row] = await tx
    .select({ call: calls, timeZone: workspaces.timeZone, reviewedByName: users.name })
    .from(calls)
    .innerJoin(workspaces, eq(workspaces.id, calls.workspaceId))
    .leftJoin(users, eq(users.id, calls.reviewedBy))
    .where(and(eq(calls.workspaceId, workspaceId), eq(calls.id, callId)))
    .limit(1);
  if (!row) return null;
  const audit = await listAuditFor({ workspaceId, entityType: "call", entityId: callId }, tx);
  const { call } = row;
  return {
    callId: call.id,
    status: call.status,
    timeZone: row.timeZone,
    outcome: call.outcome,
    originalOutcome: call.originalOutcome,
    needsReview: call.needsReview,
    reviewedAt: call.reviewedAt?.toISOString() ?? null,
    reviewedByName: call.reviewedAt ? row.reviewedByName : null,
    rating: call.rating,
    reviewNote: call.reviewNote,
    audit: audit.map((a) => ({
      id: a.id,
      action: a.action,
      actorName: a.actorName,
      at: a.createdAt.toISOString(),
      before: a.before,
      after: a.after,
    })),
  };
}
