import { db } from "@/db";
import { resolveCallAttention } from "@/db/queries/attention";
import { recordAudit } from "@/db/queries/audit";
import { updateCall } from "@/db/queries/calls";
import { lockCallForReview } from "@/db/queries/reviews";
import type { Call, CallOutcome } from "@/db/schema";
import type { OutcomeType } from "@/db/schema/enums";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { notifyCallChanged } from "@/lib/live/notify";
import { toOffsetIso, wallTimeToInstant } from "@/lib/time/zoned";
import { detailFieldsByType, type ReclassifyCallValues } from "@/lib/validation/review";
import { applyOutcome } from "@/lib/webhooks/outcome-effects";
import { reclassificationOf, type Reclassification } from "./reclassification";
import { CALL_NOT_FOUND, type Reviewer } from "./reviewer";

/** The new outcome in the provider's own shape, so every reader of `outcome` understands it. */
function buildOutcome(values: ReclassifyCallValues, call: Call, actor: Reviewer, now: Date): CallOutcome {
  const zone = actor.workspace.timeZone;
  const wants = new Set(detailFieldsByType[values.newType]);
  const instant = (wall: string) => toOffsetIso(wallTimeToInstant(wall, zone), zone);
  const reclassified: Reclassification = {
    by: actor.user.id,
    byName: actor.user.name,
    at: now.toISOString(),
    reason: values.reason,
    from: call.outcomeType,
  };
  return {
    type: values.newType,
    ...(values.notes ? { notes: values.notes } : {}),
    ...(wants.has("callbackAt") && values.callbackAt ? { callback_at: instant(values.callbackAt) } : {}),
    ...(wants.has("appointmentStart") && values.appointmentStart ? { appointment_start: instant(values.appointmentStart) } : {}),
    ...(wants.has("amount") && values.amount !== undefined ? { amount: values.amount } : {}),
    ...(wants.has("promisedDate") && values.promisedDate ? { promised_date: values.promisedDate } : {}),
    reclassified,
  };
}

/**
 * A manager corrects the AI's outcome. In one transaction: the new outcome replaces the current
 * one, the AI's first outcome is kept in `originalOutcome`, the call leaves the review queue, the
 * new type's effects run and the change is audited. Effects the old type already ran stay (a
 * do-not-call flag is never lifted automatically; an open callback task stays open).
 */
export async function reclassifyCall(
  values: ReclassifyCallValues,
  actor: Reviewer,
  now = new Date(),
): Promise<ActionResult<{ outcomeType: OutcomeType; from: string | null }>> {
  const workspaceId = actor.workspace.id;
  const callId = values.callId;
  return db.transaction(async (tx) => {
    const call = await lockCallForReview({ workspaceId, callId }, tx);
    if (!call) return fail(CALL_NOT_FOUND);
    if (call.status !== "completed") return fail("Only a completed call has an outcome to reclassify.");
    if (call.outcomeType === values.newType)
      return fail("That is already the call's outcome. Pick a different one.", { newType: "Already the outcome" });

    const outcome = buildOutcome(values, call, actor, now);
    // Only the AI's outcome is "original": after a first reclassification it is already stored,
    // and when the AI reported none it stays null.
    const originalOutcome = call.originalOutcome ?? (reclassificationOf(call.outcome) ? null : call.outcome);
    await updateCall(
      { workspaceId, id: callId, values: { outcome, outcomeType: values.newType, originalOutcome, needsReview: false } },
      tx,
    );
    await resolveCallAttention(
      {
        workspaceId,
        callId,
        kind: "needs_review",
        userId: actor.user.id,
        resolution: { action: "reclassified", outcomeType: values.newType },
      },
      tx,
    );
    await recordAudit(
      {
        workspaceId,
        actorId: actor.user.id,
        action: "call.reclassify",
        entityType: "call",
        entityId: callId,
        before: { outcomeType: call.outcomeType, outcome: call.outcome },
        after: { outcomeType: values.newType, outcome, reason: values.reason },
      },
      tx,
    );
    // Dated by the call, not the correction: a do-not-call flag says when the customer asked.
    await applyOutcome(tx, { workspaceId, callId, customerId: call.customerId, outcome, occurredAt: call.endedAt ?? now });
    await notifyCallChanged({ workspaceId, callId }, tx);
    return ok({ outcomeType: values.newType, from: call.outcomeType });
  });
}
