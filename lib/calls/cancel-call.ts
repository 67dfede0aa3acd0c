import { db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { cancelWaitingCall, findCall, insertCallEvent } from "@/db/queries/calls";
import { settleClaims } from "@/db/queries/claims";
import { completeSendJobsOf } from "@/db/queries/jobs";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { settleCampaignCalls } from "@/lib/campaigns/settle";
import { notifyCallChanged } from "@/lib/live/notify";

/**
 * A dispatcher cancels a call that has not gone out (held by calling hours, waiting out an outage,
 * retrying a send). The status change, its event, the audit line, the send job and the missed
 * call it answered all move in one transaction; the missed call goes back on the list.
 */
export async function cancelCall({
  workspaceId,
  callId,
  userId,
  userName = null,
}: {
  workspaceId: string;
  callId: string;
  userId: string;
  userName?: string | null;
}): Promise<ActionResult<{ canceledAt: string }>> {
  const outcome = await db.transaction(async (tx) => {
    const before = await findCall({ workspaceId, id: callId }, tx);
    if (!before) return "That call no longer exists.";
    const row = await cancelWaitingCall({ workspaceId, id: callId, userId }, tx);
    if (!row)
      return before.status === "pending" || before.status === "scheduled"
        ? "The call is being sent right now, too late to cancel."
        : "This call has already gone out, so it can no longer be canceled.";
    const scope = { workspaceId, callId };
    await insertCallEvent({ ...scope, type: "canceled_by_dispatcher", data: { by: userId, byName: userName, from: before.status } }, tx);
    await recordAudit(
      {
        workspaceId,
        actorId: userId,
        action: "call.cancel",
        entityType: "call",
        entityId: callId,
        before: { status: before.status, scheduledFor: before.scheduledFor?.toISOString() ?? null },
        after: { status: row.status, canceledAt: row.canceledAt?.toISOString() ?? null },
      },
      tx,
    );
    await completeSendJobsOf(scope, tx);
    await settleClaims({ ...scope, resolved: false }, tx);
    if (row.campaignId) await settleCampaignCalls([callId], tx);
    await notifyCallChanged(scope, tx);
    return row.canceledAt ?? new Date();
  });
  if (typeof outcome === "string") return fail(outcome);
  return ok({ canceledAt: outcome.toISOString() });
}
