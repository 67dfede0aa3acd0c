import { createHash } from "node:crypto";
import { listActiveAssistants } from "@/db/queries/assistants";
import type { Customer } from "@/db/schema";
import type { CallPurpose } from "@/db/schema/enums";
import { fail, type ActionResult } from "@/lib/actions/result";
import type { Member } from "@/lib/auth/session";
import { formatPhone } from "@/lib/phone";
import { placeCallSchema, type ContextField } from "@/lib/validation/call";
import { purposeLabels } from "@/lib/labels";
import { placeCall } from "./place-call";
import type { PlacedCall } from "./types";

/**
 * A request key derived from what the call is for ("reminder of appointment X at its time"): a
 * second click, or a second person pressing the same button, finds the call already placed.
 */
export function derivedRequestKey(purpose: string): string {
  const h = createHash("sha256").update(purpose).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * A call placed by the dashboard for a member (reminders, payment follow-ups) through the same
 * path as the form: the form's schema, then placeCall with every compliance check. Outside
 * calling hours it is held until they open, as the form offers; anything else that stops the form
 * (do-not-call, collections limits, a recent call) stops this too.
 */
export async function placeOnBehalf(
  {
    customer,
    purpose,
    context,
    key,
  }: { customer: Customer; purpose: CallPurpose; context: Partial<Record<ContextField, string>>; key: string },
  member: Member,
): Promise<ActionResult<PlacedCall>> {
  const { workspace } = member;
  const assistants = await listActiveAssistants({ workspaceId: workspace.id });
  const assistant = assistants.find((a) => a.purposes.includes(purpose));
  if (!assistant) return fail(`No active assistant makes “${purposeLabels[purpose]}” calls. Add one in Settings → Assistants.`);
  const parsed = placeCallSchema({ timeZone: workspace.timeZone, allowedCountries: workspace.allowedCountries }).safeParse({
    requestKey: derivedRequestKey(key),
    customerId: customer.id,
    phoneNumber: formatPhone(customer.phone),
    purpose,
    assistantId: assistant.id,
    context,
    slots: [],
    maxDuration: 300,
    recordCall: true,
    scheduleIfOutsideHours: true,
  });
  if (!parsed.success) return fail(`Not placed: ${parsed.error.issues[0]?.message ?? "the request is not valid"}`);
  return placeCall(parsed.data, { workspace, userId: member.user.id });
}
