"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { findCall } from "@/db/queries/calls";
import { memberAction } from "@/lib/actions/member-action";
import { fail } from "@/lib/actions/result";
import { can } from "@/lib/auth/roles";
import { isRetryable } from "@/lib/calls/lifecycle";
import { retryCall } from "@/lib/calls/retry-call";
import { cancelCall } from "@/lib/calls/cancel-call";

const retryCallSchema = z.object({
  callId: z.uuid(),
  /** Minted by the button when it renders: a double click retries once. */
  requestKey: z.uuid(),
});

/**
 * "Try again" on a call that reached nobody (no answer, busy, failed, voicemail). The retry is a
 * new call checked against the rules like any other; outside calling hours it is held until they open.
 */
export const retryCallAction = memberAction(
  { name: "retryCall", roles: can.placeCalls, schema: retryCallSchema },
  async ({ callId, requestKey }, member) => {
    const call = await findCall({ workspaceId: member.workspace.id, id: callId });
    if (!call) return fail("That call no longer exists.");
    if (!isRetryable(call)) return fail("Only a call that reached nobody (no answer, busy line, failed, or voicemail) can be retried.");
    const result = await retryCall(call, { workspace: member.workspace, userId: member.user.id }, requestKey);
    revalidatePath("/calls");
    return result;
  },
);

const cancelCallSchema = z.object({ callId: z.uuid() });

/**
 * Cancels a call that has not gone out yet (held until calling hours, waiting out a provider
 * outage, or retrying a send). Audited with who and when; a call already sent is refused.
 */
export const cancelCallAction = memberAction(
  { name: "cancelCall", roles: can.placeCalls, schema: cancelCallSchema },
  async ({ callId }, member) => {
    const result = await cancelCall({ workspaceId: member.workspace.id, callId, userId: member.user.id, userName: member.user.name });
    revalidatePath("/calls");
    revalidatePath(`/calls/${callId}`);
    return result;
  },
);
