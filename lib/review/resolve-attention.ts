import { db } from "@/db";
import { findAttentionItem, resolveAttentionItem } from "@/db/queries/attention";
import { recordAudit } from "@/db/queries/audit";
import { updateCall } from "@/db/queries/calls";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { notifyCallChanged } from "@/lib/live/notify";
import type { ResolveAttentionValues } from "@/lib/validation/review";
import type { Reviewer } from "./reviewer";

/**
 * Takes an item off the attention list with a note. The audit entry is filed under the call, so
 * the call's audit trail tells the whole story in one place.
 */
export async function resolveAttention(
  { itemId, note }: ResolveAttentionValues,
  actor: Reviewer,
): Promise<ActionResult<{ callId: string }>> {
  const workspaceId = actor.workspace.id;
  return db.transaction(async (tx) => {
    const item = await resolveAttentionItem(
      { workspaceId, id: itemId, userId: actor.user.id, resolution: { action: "resolved", note } },
      tx,
    );
    if (!item) {
      const existing = await findAttentionItem({ workspaceId, id: itemId }, tx);
      return fail(existing ? "Someone already resolved this item." : "That item was not found in this workspace.");
    }
    // A person decided the call needs nothing more, so it no longer shows as waiting for review.
    if (item.kind === "needs_review") await updateCall({ workspaceId, id: item.callId, values: { needsReview: false } }, tx);
    await recordAudit(
      {
        workspaceId,
        actorId: actor.user.id,
        action: "attention.resolve",
        entityType: "call",
        entityId: item.callId,
        before: { kind: item.kind, detail: item.detail, resolved: false },
        after: { kind: item.kind, resolved: true, note },
      },
      tx,
    );
    await notifyCallChanged({ workspaceId, callId: item.callId }, tx);
    return ok({ callId: item.callId });
  });
}
