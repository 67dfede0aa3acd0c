"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { annotateDoNotCallEntry } from "@/db/queries/do-not-call";
import { memberAction } from "@/lib/actions/member-action";
import { fail, ok } from "@/lib/actions/result";
import { can } from "@/lib/auth/roles";
import { annotateDoNotCallSchema } from "@/lib/validation/do-not-call";

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
