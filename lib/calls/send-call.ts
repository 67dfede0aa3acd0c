import { db } from "@/db";
import { raiseAlert, resolveAlert } from "@/db/queries/alerts";
import { findCall, findCallByProviderId, insertCallEvent, markCallSending, updateCall } from "@/db/queries/calls";
import { openAttentionItem } from "@/db/queries/outcomes";
import { completeJob, holdSendForOutage, retryJobLater } from "@/db/queries/jobs";
import { findWorkspace } from "@/db/queries/workspaces";
import type { Call, ProviderErrorRecord, Workspace } from "@/db/schema";
import type { TypedJob } from "@/lib/jobs/worker";
import { findCustomer } from "@/db/queries/customers";
import { settleClaims } from "@/db/queries/claims";
import { settleCampaignCalls } from "@/lib/campaigns/settle";
import { checkCall, customerZoneOf } from "@/lib/compliance/check-call";
import { providerConfig } from "@/lib/env";
import { sendCallRequest } from "@/lib/provider/client";
import { explainRefusal, smallPrint } from "@/lib/provider/error-words";
import { metrics } from "@/lib/metrics/registry";
import { outageMessage, providerGate, recordProviderResult } from "@/lib/provider/breaker";
import type { ProviderCallRequest } from "@/lib/provider/types";
import { replayUnknownCallEvents } from "@/lib/webhooks/receive";
import { notifyCallChanged } from "@/lib/live/notify";

/**
 * A held call is due: the rules are checked again (the customer may have opted out meanwhile, or a
 * DST change moved the window): send it now, drop it (blocked), or hold it for later.
 */
async function releaseScheduledCall(job: TypedJob<"send_call">, call: Call, workspace: Workspace): Promise<"send" | "done" | "later"> {
  const customer = await findCustomer({ workspaceId: workspace.id, id: call.customerId });
  if (!customer) return "done";
  const verdict = await checkCall({
    workspace,
    customer,
    phone: call.phoneNumber,
    purpose: call.purpose,
    confirmDuplicate: true,
    selfCallId: call.id,
  });
  const scope = { workspaceId: workspace.id, callId: call.id };
  const row = { workspaceId: workspace.id, id: call.id };
  // Every change is conditional on the call still being scheduled: a dispatcher may have canceled it.
  const stillScheduled = ["scheduled" as const];
  return db.transaction(async (tx) => {
    await notifyCallChanged(scope, tx);
    const customerTimeZone = customerZoneOf(verdict.record);
    if (verdict.kind === "refused") {
      const reason = `Not placed when due: ${verdict.blocking?.detail}`;
      const values = { status: "blocked" as const, lastError: reason, compliance: verdict.record };
      if (!(await updateCall({ ...row, values, onlyIf: stillScheduled }, tx))) return "done";
      await insertCallEvent({ ...scope, type: "blocked", data: { reason } }, tx);
      await settleClaims({ ...scope, resolved: false }, tx);
      return "done";
    }
    if (verdict.kind === "schedulable" && verdict.blocking?.allowedAt) {
      const runAt = new Date(verdict.blocking.allowedAt);
      const values = { scheduledFor: runAt, customerTimeZone, compliance: verdict.record };
      if (!(await updateCall({ ...row, values, onlyIf: stillScheduled }, tx))) return "done";
      await retryJobLater({ id: job.id, runAt, error: "calling hours moved" }, tx);
      return "later";
    }
    const values = { status: "pending" as const, customerTimeZone, compliance: verdict.record };
    if (!(await updateCall({ ...row, values, onlyIf: stillScheduled }, tx))) return "done";
    await insertCallEvent({ ...scope, type: "released", data: {} }, tx);
    return "send";
  });
}

/** A call the provider could not take stays pending and is retried for a day before we give up. */
const GIVE_UP_AFTER_MS = 24 * 60 * 60 * 1000;

function nextAttemptDelayMs(attempt: number, retryAfterMs: number | null): number {
  const backoff = Math.min(15 * 60_000, 5_000 * 2 ** Math.max(0, attempt - 1));
  return Math.max(backoff, retryAfterMs ?? 0);
}

/**
 * Sends a pending call to the provider, with the Idempotency-Key and body fixed when it was stored,
 * so however often this runs (inline, from the worker, after a crash) the provider places one call.
 */
export async function sendCallJob(job: TypedJob<"send_call">): Promise<void> {
  const { callId, workspaceId } = job.payload;
  let call = await findCall({ workspaceId, id: callId });
  const workspace = await findWorkspace({ id: workspaceId });
  if (call?.status === "scheduled" && workspace) {
    const next = await releaseScheduledCall(job, call, workspace);
    if (next === "later") return;
    call = await findCall({ workspaceId, id: callId });
  }
  if (!call || call.status !== "pending") {
    await completeJob({ id: job.id });
    return;
  }
  if (!workspace) throw new Error(`workspace ${workspaceId} of call ${callId} is gone`);

  // While the provider is down the call waits for the breaker (one probe at a time goes out).
  const gate = await providerGate();
  if (gate.verdict === "wait") {
    const message = outageMessage(gate.breaker.openedAt ?? new Date(), workspace.timeZone);
    const runAt = gate.breaker.retryAt ?? new Date(Date.now() + 10_000);
    const held = await db.transaction(async (tx) => {
      if (!(await holdSendForOutage({ id: job.id, runAt, error: message }, tx))) return false;
      if (call.lastError !== message) {
        await updateCall({ workspaceId, id: callId, values: { lastError: message } }, tx);
        await notifyCallChanged({ workspaceId, callId }, tx);
      }
      return true;
    });
    // The breaker closed meanwhile: send now rather than wait out a hold nobody will release.
    if (!held) return sendCallJob(job);
    return;
  }

  // Claim the row for the request; a cancel that committed first means there is nothing to send.
  if (!(await markCallSending({ workspaceId, id: callId }))) {
    await completeJob({ id: job.id });
    return;
  }

  const timer = metrics().providerLatency.startTimer();
  const result = await sendCallRequest(
    providerConfig(),
    {
      body: call.requestBody as ProviderCallRequest,
      idempotencyKey: call.idempotencyKey,
      providerWorkspaceId: workspace.providerWorkspaceId,
    },
    gate.verdict === "probe" ? { maxAttempts: 1 } : {},
  );
  timer({ result: result.kind });
  const breaker = await recordProviderResult(result);
  const attempts = call.sendAttempts + 1;

  const conflict =
    result.kind === "rejected" && result.conflictCallId
      ? await findCallByProviderId({ workspaceId, providerCallId: result.conflictCallId })
      : null;

  await db.transaction(async (tx) => {
    await notifyCallChanged({ workspaceId, callId }, tx);
    if (result.kind === "accepted") {
      // Any answer that is not a refusal proves the credentials work again.
      await resolveAlert({ workspaceId, kind: "provider_credentials" }, tx);
      const failed = result.call.status === "failed";
      const reason = failed ? (result.call.reason ?? "The provider ended the call before dialling.") : null;
      await updateCall(
        {
          workspaceId,
          id: callId,
          values: {
            status: result.call.status,
            providerCallId: result.call.call_id,
            estimatedWait: result.call.estimated_wait,
            trackingUrl: result.call.tracking_url,
            sendAttempts: attempts,
            sentAt: new Date(),
            sendingAt: null,
            lastError: null,
            ...(failed ? { failureReason: reason, endedAt: new Date() } : {}),
          },
        },
        tx,
      );
      await insertCallEvent({ workspaceId, callId, type: "provider_accepted", data: { ...result.call, request_id: result.requestId } }, tx);
      if (failed) {
        await openAttentionItem({ workspaceId, callId, kind: "failed", detail: reason }, tx);
        await settleClaims({ workspaceId, callId, resolved: false }, tx);
        if (call.campaignId) await settleCampaignCalls([callId], tx);
      }
      await completeJob({ id: job.id }, tx);
      return;
    }

    if (result.kind === "rejected") {
      const refusal = explainRefusal(result);
      if (refusal.kind === "credentials") {
        await raiseAlert(
          {
            workspaceId,
            kind: "provider_credentials",
            message: `Calls cannot be placed until the provider account is fixed (${smallPrint(result)}). Check PROVIDER_API_KEY and this workspace's provider ID.`,
          },
          tx,
        );
      }
      const providerError: ProviderErrorRecord = {
        httpStatus: result.httpStatus,
        code: result.code,
        message: result.message,
        ...(result.conflictCallId ? { conflictProviderCallId: result.conflictCallId, conflictCallId: conflict?.id ?? null } : {}),
      };
      await updateCall(
        {
          workspaceId,
          id: callId,
          values: { status: "rejected", sendAttempts: attempts, sendingAt: null, lastError: refusal.text, providerError },
        },
        tx,
      );
      await settleClaims({ workspaceId, callId, resolved: false }, tx);
      if (call.campaignId) await settleCampaignCalls([callId], tx);
      await insertCallEvent({ workspaceId, callId, type: "provider_rejected", data: { ...result } }, tx);
      await completeJob({ id: job.id }, tx);
      return;
    }

    const givingUp = Date.now() - call.createdAt.getTime() > GIVE_UP_AFTER_MS;
    const message = givingUp
      ? `The provider could not be reached for 24 hours; the call was not placed. Last error: ${result.message}`
      : breaker?.state === "open" && breaker.openedAt
        ? outageMessage(breaker.openedAt, workspace.timeZone)
        : `The provider could not be reached (${result.message}); retrying automatically.`;
    await updateCall(
      {
        workspaceId,
        id: callId,
        values: { status: givingUp ? "rejected" : "pending", sendAttempts: attempts, sendingAt: null, lastError: message },
      },
      tx,
    );
    await insertCallEvent({ workspaceId, callId, type: givingUp ? "send_abandoned" : "send_failed", data: { ...result } }, tx);
    if (givingUp && call.campaignId) await settleCampaignCalls([callId], tx);
    if (givingUp) await completeJob({ id: job.id }, tx);
    else
      await retryJobLater(
        { id: job.id, runAt: new Date(Date.now() + nextAttemptDelayMs(attempts, result.retryAfterMs)), error: message },
        tx,
      );
  });
  if (result.kind === "accepted" && result.call.call_id) await replayUnknownCallEvents(result.call.call_id);
}
