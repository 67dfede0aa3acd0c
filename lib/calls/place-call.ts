import { db } from "@/db";
import { findActiveAssistant } from "@/db/queries/assistants";
import { findCall, findCallByIdempotencyKey, insertCall, insertCallEvent } from "@/db/queries/calls";
import { findCustomer, findDoNotCallByPhone } from "@/db/queries/customers";
import { enqueueJob } from "@/db/queries/jobs";
import type { Call } from "@/db/schema";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import type { Member } from "@/lib/auth/session";
import { webhookUrl } from "@/lib/env";
import { runJobNow } from "@/lib/jobs/worker";
import { notifyCallChanged } from "@/lib/live/notify";
import { toE164 } from "@/lib/phone";
import type { PlaceCallValues } from "@/lib/validation/call";
import { buildProviderRequest } from "./provider-request";
import { SEND_CALL_JOB, sendCallJob } from "./send-call";
import type { PlacedCall } from "./types";

function placed(call: Call): PlacedCall {
  return {
    id: call.id,
    status: call.status,
    providerCallId: call.providerCallId,
    estimatedWait: call.estimatedWait,
    trackingUrl: call.trackingUrl,
    message: call.lastError,
  };
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === "23505" || e?.cause?.code === "23505";
}

/**
 * Stores the call with its send job in one transaction, then sends it inline so the dispatcher sees
 * the provider's answer. If sending fails the job is already durable and the worker retries it.
 * The form's requestKey is the Idempotency-Key: a double click or resubmit finds the stored call.
 */
export async function placeCall(values: PlaceCallValues, member: Member): Promise<ActionResult<PlacedCall>> {
  const workspaceId = member.workspace.id;
  const existing = await findCallByIdempotencyKey({ workspaceId, idempotencyKey: values.requestKey });
  if (existing) return ok(placed(existing));

  const customer = await findCustomer({ workspaceId, id: values.customerId });
  if (!customer) return fail("Check the highlighted fields.", { customerId: "Pick a customer from the list" });
  const assistant = await findActiveAssistant({ workspaceId, id: values.assistantId });
  if (!assistant) return fail("Check the highlighted fields.", { assistantId: "This assistant is not available" });
  const phone = toE164(values.phoneNumber);
  if (!phone) return fail("Check the highlighted fields.", { phoneNumber: "Not a valid phone number" });

  const requestBody = buildProviderRequest({
    values,
    phoneE164: phone,
    customer,
    providerAssistantId: assistant.providerAssistantId,
    timeZone: member.workspace.timeZone,
    webhookUrl: webhookUrl(),
  });

  const dnc = customer.doNotCall ? customer : await findDoNotCallByPhone({ workspaceId, phone });
  const refusal = dnc
    ? `${dnc.name} is on the do-not-call list${dnc.doNotCallReason ? ` (${dnc.doNotCallReason})` : ""}. The call was not placed.`
    : null;

  let call: Call;
  let jobId: number | null = null;
  try {
    ({ call, jobId } = await db.transaction(async (tx) => {
      const row = await insertCall(
        {
          workspaceId,
          customerId: customer.id,
          assistantId: assistant.id,
          placedBy: member.user.id,
          purpose: values.purpose,
          phoneNumber: phone,
          customerName: customer.name,
          preferredName: customer.preferredName,
          context: values.context,
          schedulingOptions: requestBody.scheduling_options
            ? {
                availableSlots: requestBody.scheduling_options.available_slots,
                serviceDurationMinutes: requestBody.scheduling_options.service_duration_minutes,
                earliestAvailable: requestBody.scheduling_options.earliest_available,
              }
            : null,
          maxDuration: values.maxDuration,
          recordCall: values.recordCall,
          webhookUrl: requestBody.webhook_url,
          idempotencyKey: values.requestKey,
          requestBody: requestBody as unknown as Record<string, unknown>,
          status: refusal ? "blocked" : "pending",
          lastError: refusal,
        },
        tx,
      );
      // A refused request is kept, with its reason, so nothing a dispatcher asked for disappears.
      await insertCallEvent({ workspaceId, callId: row.id, type: refusal ? "blocked" : "created", data: { by: member.user.id, reason: refusal } }, tx);
      await notifyCallChanged({ workspaceId, callId: row.id }, tx);
      const job = refusal ? null : await enqueueJob({ kind: SEND_CALL_JOB, payload: { callId: row.id, workspaceId } }, tx);
      return { call: row, jobId: job };
    }));
  } catch (error) {
    // Two submits with one key raced: the other one stored the call.
    if (!isUniqueViolation(error)) throw error;
    const winner = await findCallByIdempotencyKey({ workspaceId, idempotencyKey: values.requestKey });
    if (!winner) throw error;
    return ok(placed(winner));
  }

  if (refusal) return fail(refusal);
  if (jobId !== null) await runJobNow(jobId, sendCallJob);
  const latest = await findCall({ workspaceId, id: call.id });
  return ok(placed(latest ?? call));
}
