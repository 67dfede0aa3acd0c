import { db } from "@/db";
import { findActiveAssistant } from "@/db/queries/assistants";
import { findCall, findCallByIdempotencyKey, insertCall, insertCallEvent } from "@/db/queries/calls";
import { claimCallbackTask, claimMissedCall, findClaim } from "@/db/queries/claims";
import { claimLead, findLeadClaim } from "@/db/queries/leads";
import { lockNumberForPlacing } from "@/db/queries/compliance";
import { findCustomer } from "@/db/queries/customers";
import { enqueueJob } from "@/db/queries/jobs";
import type { Call, Workspace } from "@/db/schema";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { checkCall, customerZoneOf, type ComplianceCheck } from "@/lib/compliance/check-call";
import { formatTimeOfDay } from "@/lib/format/time";
import { webhookUrl } from "@/lib/env";
import { SEND_CALL_JOB } from "@/lib/jobs/kinds";
import { runJobNow } from "@/lib/jobs/worker";
import { notifyCallChanged } from "@/lib/live/notify";
import { dialableNumber } from "@/lib/phone";
import type { PlaceCallValues } from "@/lib/validation/call";
import { buildProviderRequest } from "./provider-request";
import { sendCallJob } from "./send-call";
import { refusalOf } from "./refusal";
import type { PlacedCall } from "./types";

/**
 * Who places the call: a signed-in member, or the system (automatic retries, leads, campaigns:
 * userId null). A campaign tags its calls, and sends them from its worker rather than inline.
 */
export type CallActor = { workspace: Workspace; userId: string | null; campaignId?: string; sendInline?: boolean };

function placed(call: Call): PlacedCall {
  return {
    id: call.id,
    status: call.status,
    providerCallId: call.providerCallId,
    estimatedWait: call.estimatedWait,
    trackingUrl: call.trackingUrl,
    message: call.lastError ?? call.failureReason,
    scheduledFor: call.scheduledFor?.toISOString() ?? null,
    refusal: refusalOf(call),
  };
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === "23505" || e?.cause?.code === "23505";
}

class ClaimTaken extends Error {}

type Stored =
  | { kind: "existing"; call: Call }
  | { kind: "declined"; result: ActionResult<PlacedCall> }
  | {
      kind: "stored";
      call: Call;
      jobId: number | null;
      refusal: string | null;
      blocking: ComplianceCheck | null;
      scheduledFor: Date | null;
    };

type Claim = NonNullable<Awaited<ReturnType<typeof findClaim>>>;

function takenMessage(workspace: Workspace, claim: Claim | null): string {
  if (!claim) return "That item no longer exists.";
  if (claim.status === "resolved" || claim.status === "dismissed") return `This was already ${claim.status}.`;
  const when = claim.claimedAt ? ` since ${formatTimeOfDay(claim.claimedAt, workspace.timeZone)}` : "";
  return `${claim.name ?? "Someone"} is already calling back${when}.`;
}

/** Who already holds the missed call or callback task this call answers, if anyone. */
async function heldBy(workspace: Workspace, values: PlaceCallValues): Promise<string | null> {
  if (values.leadId) {
    const claim = await findLeadClaim({ workspaceId: workspace.id, leadId: values.leadId });
    return claim?.status === "open" ? null : takenMessage(workspace, claim && { ...claim, name: claim.name ?? "The lead assistant" });
  }
  if (!values.missedCallId && !values.callbackTaskId) return null;
  const claim = await findClaim({ workspaceId: workspace.id, missedCallId: values.missedCallId, taskId: values.callbackTaskId });
  const free = claim && (values.missedCallId ? claim.status === "open" : claim.status !== "resolved" && !claim.claimedAt);
  return free ? null : takenMessage(workspace, claim);
}

/**
 * Checks the rules, stores the call with its send job in one transaction, then sends it inline so
 * the dispatcher sees the provider's answer. If sending fails the job is durable and the worker
 * retries it. The form's requestKey is the Idempotency-Key: a resubmit finds the stored call.
 */
export async function placeCall(values: PlaceCallValues, actor: CallActor): Promise<ActionResult<PlacedCall>> {
  const workspaceId = actor.workspace.id;
  const existing = await findCallByIdempotencyKey({ workspaceId, idempotencyKey: values.requestKey });
  if (existing) return ok(placed(existing));

  const customer = await findCustomer({ workspaceId, id: values.customerId });
  if (!customer) return fail("Check the highlighted fields.", { customerId: "Pick a customer from the list" });
  const assistant = await findActiveAssistant({ workspaceId, id: values.assistantId });
  if (!assistant) return fail("Check the highlighted fields.", { assistantId: "This assistant is not available" });
  // Again here, for the calls that reach this without the form (retries, call back now, the
  // scheduled job): a stored number may be premium-rate or in a country the workspace left.
  const dial = dialableNumber(values.phoneNumber, actor.workspace.allowedCountries);
  if (!dial.ok) return fail(`Not placed: ${dial.reason}`, { phoneNumber: dial.reason }, { code: "number_not_allowed" });
  const phone = dial.e164;
  // Before the rules: a second dispatcher should hear who has it, not be asked to confirm a duplicate.
  const taken = await heldBy(actor.workspace, values);
  if (taken) return fail(taken, undefined, { code: "already_claimed" });

  const requestBody = buildProviderRequest({
    values,
    phoneE164: phone,
    customer,
    providerAssistantId: assistant.providerAssistantId,
    timeZone: actor.workspace.timeZone,
    webhookUrl: webhookUrl(),
  });

  let stored: Stored;
  try {
    stored = await db.transaction(async (tx): Promise<Stored> => {
      // The rules are read and the call written under one lock per number: a second placement to
      // it waits here, then sees this call (in flight or just placed) and is refused as a duplicate.
      await lockNumberForPlacing({ workspaceId, phone }, tx);
      const again = await findCallByIdempotencyKey({ workspaceId, idempotencyKey: values.requestKey }, tx);
      if (again) return { kind: "existing", call: again };
      const verdict = await checkCall(
        {
          workspace: actor.workspace,
          customer,
          phone,
          purpose: values.purpose,
          confirmDuplicate: values.confirmDuplicate,
          requestKey: values.requestKey,
        },
        tx,
      );
      const blocking = verdict.blocking;
      // Held for calling hours, a call must still pass the duplicate guard: two held calls for one
      // customer (two leads for a new number at night) would both dial when the window opens.
      const duplicate =
        verdict.kind === "confirmable"
          ? blocking
          : verdict.kind === "schedulable" && values.scheduleIfOutsideHours
            ? (verdict.checks.find((c) => c.result === "fail" && c.rule.startsWith("duplicate")) ?? null)
            : null;
      if (duplicate) {
        return {
          kind: "declined",
          result: fail(`${duplicate.detail}. Place it anyway?`, undefined, { code: "confirm_duplicate", allowedAt: duplicate.allowedAt }),
        };
      }
      if (verdict.kind === "schedulable" && blocking && !values.scheduleIfOutsideHours) {
        return {
          kind: "declined",
          result: fail(blocking.detail, undefined, { code: "outside_calling_hours", allowedAt: blocking.allowedAt }),
        };
      }
      const refusal = verdict.kind === "refused" && blocking ? `Not placed: ${blocking.detail}` : null;
      const scheduledFor = verdict.kind === "schedulable" && blocking?.allowedAt ? new Date(blocking.allowedAt) : null;

      const retryOf = values.retryOfCallId ? await findCall({ workspaceId, id: values.retryOfCallId }, tx) : null;
      const row = await insertCall(
        {
          workspaceId,
          customerId: customer.id,
          assistantId: assistant.id,
          placedBy: actor.userId,
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
          status: refusal ? "blocked" : scheduledFor ? "scheduled" : "pending",
          scheduledFor,
          customerTimeZone: customerZoneOf(verdict.record),
          lastError: refusal,
          compliance: verdict.record,
          retryOfCallId: retryOf?.id ?? null,
          campaignId: actor.campaignId ?? null,
          attempt: retryOf ? retryOf.attempt + 1 : 1,
        },
        tx,
      );
      // A refused request is kept, with its reason, so nothing a dispatcher asked for disappears.
      await insertCallEvent(
        {
          workspaceId,
          callId: row.id,
          type: refusal ? "blocked" : scheduledFor ? "scheduled" : "created",
          data: { by: actor.userId, reason: refusal, scheduledFor },
        },
        tx,
      );
      if (!refusal) {
        const claim = { workspaceId, userId: actor.userId, callId: row.id };
        if (values.missedCallId && !(await claimMissedCall({ ...claim, missedCallId: values.missedCallId }, tx))) throw new ClaimTaken();
        if (values.callbackTaskId && !(await claimCallbackTask({ ...claim, taskId: values.callbackTaskId }, tx))) throw new ClaimTaken();
        if (values.leadId && !(await claimLead({ ...claim, leadId: values.leadId }, tx))) throw new ClaimTaken();
      }
      await notifyCallChanged({ workspaceId, callId: row.id }, tx);
      const job = refusal
        ? null
        : await enqueueJob({ kind: SEND_CALL_JOB, payload: { callId: row.id, workspaceId }, runAt: scheduledFor ?? undefined }, tx);
      return { kind: "stored", call: row, jobId: job, refusal, blocking, scheduledFor };
    });
  } catch (error) {
    if (error instanceof ClaimTaken)
      return fail((await heldBy(actor.workspace, values)) ?? "Someone else took this first.", undefined, { code: "already_claimed" });
    // Two submits with one key raced past the lock's re-read (a hash collision aside, only on a
    // key reused for another number): the other one stored the call.
    if (!isUniqueViolation(error)) throw error;
    const winner = await findCallByIdempotencyKey({ workspaceId, idempotencyKey: values.requestKey });
    if (!winner) throw error;
    return ok(placed(winner));
  }
  if (stored.kind === "existing") return ok(placed(stored.call));
  if (stored.kind === "declined") return stored.result;
  const { call, jobId, refusal, blocking, scheduledFor } = stored;

  // The blocked call is kept: its id lets a campaign row or a lead link to the record and its reason.
  if (refusal) return fail(refusal, undefined, { code: blocking?.rule, allowedAt: blocking?.allowedAt, callId: call.id });
  // A campaign sends from its worker: the stored call is all it needs, without reading it again.
  if (actor.sendInline === false) return ok(placed(call));
  if (jobId !== null && !scheduledFor) await runJobNow(jobId, sendCallJob);
  const latest = await findCall({ workspaceId, id: call.id });
  return ok(placed(latest ?? call));
}
