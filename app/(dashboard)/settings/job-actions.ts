"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { rerunDeadJob } from "@/db/queries/jobs";
import { memberAction } from "@/lib/actions/member-action";
import { fail, ok } from "@/lib/actions/result";
import { can } from "@/lib/auth/roles";
import { rerunJobSchema } from "@/lib/validation/jobs";

/** Gives a dead job a fresh set of attempts; the worker picks it up within a second. */
export const rerunJobAction = memberAction(
  { name: "rerunJob", roles: can.manageSettings, schema: rerunJobSchema },
  async ({ id }, member) => {
    const rerun = await db.transaction(async (tx) => {
      const done = await rerunDeadJob({ workspaceId: member.workspace.id, id }, tx);
      if (done) {
        await recordAudit(
          { workspaceId: member.workspace.id, actorId: member.user.id, action: "job.rerun", entityType: "job", entityId: String(id) },
          tx,
        );
      }
      return done;
    });
    if (!rerun) return fail("That job is no longer waiting to be run again.");
    revalidatePath("/settings");
    return ok({ id });
  },
);
