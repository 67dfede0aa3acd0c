"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { addDoNotCallEntry } from "@/db/queries/compliance";
import { findCustomersByPhone } from "@/db/queries/customer-records";
import { annotateDoNotCallEntry } from "@/db/queries/do-not-call";
import { flagDoNotCall } from "@/db/queries/outcomes";
import { memberAction } from "@/lib/actions/member-action";
import { fail, ok } from "@/lib/actions/result";
import { can } from "@/lib/auth/roles";
import { toE164 } from "@/lib/phone";
import { addDoNotCallSchema, annotateDoNotCallSchema } from "@/lib/validation/do-not-call";

export const annotateDoNotCallAction = memberAction(
  { name: "annotateDoNotCall", roles: can.manageSettings, schema: annotateDoNotCallSchema },
  async ({ entryId, note }, member) => {
    const row = await db.transaction(async (tx) => {
      const updated = await annotateDoNotCallEntry({ workspaceId: member.workspace.id, id: entryId, note, by: member.user.name }, tx);
      if (updated) {
        await recordAudit(
          {
            workspaceId: member.workspace.id,
            actorId: member.user.id,
            action: "do_not_call.annotate",
            entityType: "do_not_call_entry",
            entityId: entryId,
            after: { note },
          },
          tx,
        );
      }
      return updated;
    });
    if (!row) return fail("That entry is not in this workspace's register.");
    revalidatePath("/settings");
    return ok({ id: row.id });
  },
);

/** A number added by hand (a letter, an email): the entry, and every customer on the number flagged. */
export const addDoNotCallAction = memberAction(
  { name: "addDoNotCall", roles: can.manageSettings, schema: addDoNotCallSchema },
  async ({ phone: typed, reason }, member) => {
    const phone = toE164(typed);
    if (!phone) return fail("Check the highlighted fields.", { phone: "Not a valid phone number" });
    const workspaceId = member.workspace.id;
    await db.transaction(async (tx) => {
      const onNumber = await findCustomersByPhone({ workspaceId, phone }, tx);
      await addDoNotCallEntry(
        { workspaceId, phone, customerId: onNumber[0]?.id ?? null, source: "manual", reason, createdBy: member.user.id },
        tx,
      );
      for (const c of onNumber) {
        await flagDoNotCall({ workspaceId, customerId: c.id, reason: `Added by ${member.user.name}: ${reason}`, at: new Date() }, tx);
      }
      await recordAudit(
        {
          workspaceId,
          actorId: member.user.id,
          action: "do_not_call.add",
          entityType: "do_not_call_entry",
          entityId: phone,
          after: { phone, reason, customerIds: onNumber.map((c) => c.id) },
        },
        tx,
      );
    });
    revalidatePath("/settings");
    revalidatePath("/customers");
    return ok({ phone });
  },
);
