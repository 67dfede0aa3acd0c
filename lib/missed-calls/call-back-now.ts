import { findActiveAssistant } from "@/db/queries/assistants";
import { formatTimeOfDay } from "@/lib/format/time";
import { getMissedCall } from "@/db/queries/missed-calls";
import { fail, type ActionResult } from "@/lib/actions/result";
import { placeCall, type CallActor } from "@/lib/calls/place-call";
import type { PlacedCall } from "@/lib/calls/types";
import { NO_DEFAULT_ASSISTANT, type CallBackNowInput } from "@/lib/validation/missed-call";
import { callBackNowValues } from "./callback-values";

function takenMessage(missed: { status: string; claimedByName: string | null; claimedAt: Date | null }, timeZone: string): string {
  if (missed.status !== "calling") return `This missed call was already ${missed.status}.`;
  const at = missed.claimedAt ? ` (since ${formatTimeOfDay(missed.claimedAt, timeZone)})` : "";
  return `${missed.claimedByName ?? "Someone"} is already calling back${at}.`;
}

/**
 * "Call back now": the missed call returned at once by the workspace's default callback assistant,
 * through placeCall, so the same rules apply and the same refusals (with their offers) come back.
 */
export async function callBackNow(input: CallBackNowInput, actor: CallActor & { userId: string }): Promise<ActionResult<PlacedCall>> {
  const { workspace } = actor;
  const assistantId = workspace.defaultCallbackAssistantId;
  const assistant = assistantId ? await findActiveAssistant({ workspaceId: workspace.id, id: assistantId }) : null;
  if (!assistantId || !assistant) {
    const message = assistantId ? "The default callback assistant is switched off." : "No default callback assistant is set.";
    return fail(`${message} Pick one in Settings, or use “Call back” to choose an assistant.`, undefined, { code: NO_DEFAULT_ASSISTANT });
  }
  const missed = await getMissedCall({ workspaceId: workspace.id, id: input.missedCallId });
  if (!missed) return fail("That missed call no longer exists.");
  // Said before placeCall's checks, or a taken item would first meet the duplicate-call guard.
  if (missed.status !== "open") return fail(takenMessage(missed, workspace.timeZone), undefined, { code: "already_claimed" });

  const values = callBackNowValues(missed, {
    timeZone: workspace.timeZone,
    assistantId,
    requestKey: input.requestKey,
    scheduleIfOutsideHours: input.scheduleIfOutsideHours,
    confirmDuplicate: input.confirmDuplicate,
  });
  const result = await placeCall(values, actor);
  // No form to show field errors on: say what was wrong in the one message the row shows.
  if (!result.ok && result.fieldErrors && !result.code) {
    const detail = Object.values(result.fieldErrors)[0];
    return fail(detail ? `Not placed: ${detail}. Use “Call back” to check the details.` : result.error);
  }
  return result;
}
