"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { resolveAlert } from "@/db/queries/alerts";
import { recordAudit } from "@/db/queries/audit";
import { memberAction } from "@/lib/actions/member-action";
import { ok } from "@/lib/actions/result";
import { can } from "@/lib/auth/roles";
import { resolveAlertSchema } from "@/lib/validation/alerts";

/** An admin marks a workspace alert handled; it opens again if the condition is seen again. */
export const resolveAlertAction = memberAction(
  { name: "resolveAlert", roles: can.manageSettings, schema: resolveAlertSchema },
  async ({ kind }, member) => {
    const workspaceId = member.workspace.id;
    const resolved = await db.transaction(async (tx) => {
      const done = await resolveAlert({ workspaceId, kind, resolvedBy: member.user.id }, tx);
      if (done) {
        await recordAudit(
          { workspaceId, actorId: member.user.id, action: "alert.resolved", entityType: "alert", entityId: null, after: { kind } },
          tx,
        );
      }
      return done;
    });
    revalidatePath("/", "layout");
    return ok({ resolved });
  },
);
