"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { findClaim } from "@/db/queries/claims";
import { dismissMissedCall } from "@/db/queries/missed-calls";
import { memberAction } from "@/lib/actions/member-action";
import { fail, ok } from "@/lib/actions/result";
import { can } from "@/lib/auth/roles";
import { callBackNow } from "@/lib/missed-calls/call-back-now";
import { notifyMissedCallChanged } from "@/lib/missed-calls/notify";
import { simulatorEnabled } from "@/lib/env";
import { simulateMissedCall } from "@/lib/provider/simulator/missed-call-generator";
import { callBackNowSchema, dismissMissedCallSchema } from "@/lib/validation/missed-call";

export const callBackNowAction = memberAction(
  { name: "callBackNow", roles: can.placeCalls, schema: callBackNowSchema },
  async (input, member) => {
    const result = await callBackNow(input, { workspace: member.workspace, userId: member.user.id });
    revalidatePath("/calls");
    return result;
  },
);

export const dismissMissedCallAction = memberAction(
  { name: "dismissMissedCall", roles: can.placeCalls, schema: dismissMissedCallSchema },
  async ({ missedCallId, reason }, member) => {
    const workspaceId = member.workspace.id;
    const dismissed = await db.transaction(async (tx) => {
      const row = await dismissMissedCall({ workspaceId, id: missedCallId, userId: member.user.id, reason }, tx);
      if (!row) return false;
      await recordAudit(
        {
          workspaceId,
          actorId: member.user.id,
          action: "missed_call.dismissed",
          entityType: "missed_call",
          entityId: missedCallId,
          before: { status: "open" },
          after: { status: "dismissed", reason },
        },
        tx,
      );
      await notifyMissedCallChanged({ workspaceId, missedCallId }, tx);
      return true;
    });
    if (dismissed) return ok({ missedCallId });
    const claim = await findClaim({ workspaceId, missedCallId });
    if (claim?.status === "calling") return fail(`${claim.name ?? "Someone"} is calling back; it closes when that call ends.`);
    return fail(claim ? `This missed call was already ${claim.status}.` : "That missed call no longer exists.");
  },
);

/** Demo only: sends a realistic missed call through the real feed, over HTTP. */
export const simulateMissedCallAction = memberAction(
  { name: "simulateMissedCall", roles: can.manageSettings, schema: z.object({}) },
  async (_input, member) => {
    if (!simulatorEnabled()) return fail("The simulator is off on this install.");
    return simulateMissedCall({ workspaceId: member.workspace.id, userId: member.user.id });
  },
);
