import { db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { updateCustomer } from "@/db/queries/customer-records";
import { lockCustomersForMerge, markCustomerMerged, moveCustomerHistory } from "@/db/queries/customer-merge";
import { flagDoNotCall } from "@/db/queries/outcomes";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import type { Member } from "@/lib/auth/session";
import type { z } from "zod";
import type { mergeCustomersSchema } from "@/lib/validation/customer";

/**
 * Joins two records of one customer. Everything that names the merged record (calls, missed calls,
 * callbacks, appointments, notes, do-not-call entries) moves to the survivor in one transaction;
 * the merged row stays, marked, so its links redirect and the audit keeps who it was. The survivor
 * keeps its own details and takes the other's only where it has none; a do-not-call on either
 * record stops calls to the survivor, since a consumer's opt-out never goes away by merging.
 */
export async function mergeCustomers(
  { survivorId, mergedId }: z.output<typeof mergeCustomersSchema>,
  member: Member,
): Promise<ActionResult<{ id: string }>> {
  const workspaceId = member.workspace.id;
  return db.transaction(async (tx) => {
    const rows = await lockCustomersForMerge({ workspaceId, ids: [survivorId, mergedId] }, tx);
    const survivor = rows.find((r) => r.id === survivorId);
    const merged = rows.find((r) => r.id === mergedId);
    if (!survivor || !merged) return fail("One of these customers is not in this workspace.");
    if (survivor.mergedIntoId || merged.mergedIntoId) return fail("One of these customers was already merged into another.");

    const moved = await moveCustomerHistory({ workspaceId, fromId: mergedId, toId: survivorId }, tx);
    const filled = {
      preferredName: survivor.preferredName ?? merged.preferredName,
      email: survivor.email ?? merged.email,
      address: survivor.address ?? merged.address,
      notes: [survivor.notes, merged.notes].filter(Boolean).join("\n") || null,
    };
    await updateCustomer(
      {
        workspaceId,
        id: survivorId,
        fields: {
          name: survivor.name,
          phone: survivor.phone,
          timeZone: survivor.timeZone,
          verified: survivor.verified || merged.verified,
          ...filled,
        },
      },
      tx,
    );
    if (merged.doNotCall && !survivor.doNotCall) {
      await flagDoNotCall(
        {
          workspaceId,
          customerId: survivorId,
          at: merged.doNotCallAt ?? new Date(),
          reason: merged.doNotCallReason ?? "Merged record was do-not-call",
        },
        tx,
      );
    }
    await markCustomerMerged({ workspaceId, fromId: mergedId, toId: survivorId, by: member.user.id }, tx);
    const record = { survivorId, survivorName: survivor.name, mergedId, mergedName: merged.name, mergedPhone: merged.phone, moved };
    await recordAudit(
      {
        workspaceId,
        actorId: member.user.id,
        action: "customer.merge",
        entityType: "customer",
        entityId: survivorId,
        before: { ...survivor },
        after: record,
      },
      tx,
    );
    await recordAudit(
      {
        workspaceId,
        actorId: member.user.id,
        action: "customer.merged_into",
        entityType: "customer",
        entityId: mergedId,
        before: { ...merged },
        after: record,
      },
      tx,
    );
    return ok({ id: survivorId });
  });
}
