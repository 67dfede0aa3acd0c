import { db } from "@/db";
import { resolveCallAttention } from "@/db/queries/attention";
import { recordAudit } from "@/db/queries/audit";
import { updateCall } from "@/db/queries/calls";
import { lockCallForReview } from "@/db/queries/reviews";
import type { Call } from "@/db/schema";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { notifyCallChanged } from "@/lib/live/notify";
import type { ReviewCallValues } from "@/lib/validation/review";
import { CALL_NOT_FOUND, type Reviewer } from "./reviewer";

/** The review fields as the audit log records them, before and after. */
export type ReviewState = { reviewed: boolean; rating: number | null; note: string | null };

const stateOf = (call: Call): ReviewState => ({ reviewed: call.reviewedAt !== null, rating: call.rating, note: call.reviewNote });

const sameState = (a: ReviewState, b: ReviewState) => a.reviewed === b.reviewed && a.rating === b.rating && a.note === b.note;

/**
 * Saves a manager's review of a call in one transaction with its audit entry. Marking it reviewed
 * also takes its `needs_review` item off the attention list: a person has now looked at it.
 */
export async function reviewCall(values: ReviewCallValues, actor: Reviewer, now = new Date()): Promise<ActionResult<{ changed: boolean }>> {
  const workspaceId = actor.workspace.id;
  const callId = values.callId;
  return db.transaction(async (tx) => {
    const call = await lockCallForReview({ workspaceId, callId }, tx);
    if (!call) return fail(CALL_NOT_FOUND);

    const before = stateOf(call);
    const after: ReviewState = { reviewed: values.reviewed, rating: values.rating ?? null, note: values.note || null };
    // A second click on "Save review" is not a change and leaves no audit entry.
    if (sameState(before, after)) return ok({ changed: false });

    await updateCall(
      {
        workspaceId,
        id: callId,
        values: {
          // The first person to mark it reviewed stays on record while rating and note are edited.
          reviewedAt: after.reviewed ? (call.reviewedAt ?? now) : null,
          reviewedBy: after.reviewed ? (call.reviewedBy ?? actor.user.id) : null,
          rating: after.rating,
          reviewNote: after.note,
          ...(after.reviewed ? { needsReview: false } : {}),
        },
      },
      tx,
    );
    if (after.reviewed && !before.reviewed) {
      await resolveCallAttention(
        { workspaceId, callId, kind: "needs_review", userId: actor.user.id, resolution: { action: "reviewed" } },
        tx,
      );
    }
    await recordAudit(
      { workspaceId, actorId: actor.user.id, action: "call.review", entityType: "call", entityId: callId, before, after },
      tx,
    );
    await notifyCallChanged({ workspaceId, callId }, tx);
    return ok({ changed: true });
  });
}
