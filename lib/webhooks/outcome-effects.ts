import { findCall, updateCall } from "@/db/queries/calls";
import { enqueueJob } from "@/db/queries/jobs";
import { createCallbackTask, flagDoNotCall, openAttentionItem } from "@/db/queries/outcomes";
import { bookFromCall } from "@/lib/appointments/book-from-call";
import { settleClaims } from "@/db/queries/claims";
import { addDoNotCallEntry } from "@/db/queries/compliance";
import { findWorkspace } from "@/db/queries/workspaces";
import type { Tx } from "@/db";
import { AUTO_RETRY_JOB, FETCH_TRANSCRIPT_JOB } from "@/lib/jobs/kinds";
import type { CallOutcome } from "@/db/schema";
import { outcomeTypes, type AnsweredBy, type CallStatus } from "@/db/schema/enums";
import { readProviderTime, toOffsetIso } from "@/lib/time/zoned";
import { hasOffset } from "./envelope";

/** Outcomes a retry may fix: nobody picked up, or only the voicemail did. */
export const RETRYABLE_STATUSES = new Set(["no_answer", "busy"]);

export type Completed = {
  duration?: number;
  answered_by?: AnsweredBy;
  recording_url?: string;
  transcript_url?: string;
  outcome?: CallOutcome | null;
  ai_summary?: string;
};

export const knownOutcome = (type: string | undefined): boolean => !!type && (outcomeTypes as readonly string[]).includes(type);

/** Times are stored with their offset by now (localTimesResolved); anything unreadable is no time. */
export const dateOrNull = (iso: string | undefined) => {
  const d = iso ? new Date(iso) : null;
  return d && !Number.isNaN(d.getTime()) ? d : null;
};

export const TIME_FIELDS = ["appointment_start", "callback_at"] as const;

/**
 * An outcome time without an offset (an appointment the assistant booked in local time) is the
 * workspace's wall time (CONTRACT.md §2): stored with the workspace's offset so every reader agrees.
 */
async function localTimesResolved(tx: Tx, workspaceId: string, outcome: CallOutcome | null): Promise<CallOutcome | null> {
  const local = outcome ? TIME_FIELDS.filter((f) => typeof outcome[f] === "string" && !hasOffset(outcome[f])) : [];
  if (!outcome || local.length === 0) return outcome;
  const zone = (await findWorkspace({ id: workspaceId }, tx))?.timeZone;
  if (!zone) return outcome;
  const resolved: CallOutcome = { ...outcome };
  for (const field of local) {
    const instant = readProviderTime(outcome[field], zone);
    if (instant) resolved[field] = toOffsetIso(instant, zone);
  }
  return resolved;
}

/**
 * What a call's first terminal event does, inside the transaction that stored it, so the event and
 * its effects land together or not at all.
 */
export type CallSnapshot = { customerId: string; attempt: number; answeredBy: AnsweredBy | null; phoneNumber: string; hasClaims: boolean };

export async function applyTerminalEffects(
  tx: Tx,
  {
    workspaceId,
    callId,
    status,
    data,
    occurredAt,
    call,
  }: { workspaceId: string; callId: string; status: CallStatus; data: Record<string, unknown>; occurredAt: Date; call: CallSnapshot },
) {
  const scope = { workspaceId, callId };

  if (status !== "completed") {
    const reason = typeof data.reason === "string" ? data.reason : null;
    await updateCall(
      {
        workspaceId,
        id: callId,
        values: { failureReason: reason, endedAt: occurredAt, durationSeconds: Math.round(Number(data.duration ?? 0)) },
      },
      tx,
    );
    if (status === "failed") await openAttentionItem({ ...scope, kind: "failed", detail: reason }, tx);
    if (call.hasClaims) await settleClaims({ ...scope, resolved: false }, tx);
    if (RETRYABLE_STATUSES.has(status)) await scheduleAutoRetry(tx, { ...scope, attempt: call.attempt });
    return;
  }

  const d = data as Completed;
  const outcome = await localTimesResolved(tx, workspaceId, d.outcome ?? null);
  const needsReview = !knownOutcome(outcome?.type);
  await updateCall(
    {
      workspaceId,
      id: callId,
      values: {
        durationSeconds: d.duration === undefined ? null : Math.round(d.duration),
        answeredBy: d.answered_by ?? call.answeredBy,
        recordingUrl: d.recording_url ?? null,
        transcriptUrl: d.transcript_url ?? null,
        outcomeType: outcome?.type ?? null,
        outcome,
        aiSummary: d.ai_summary ?? null,
        needsReview,
        endedAt: occurredAt,
      },
    },
    tx,
  );
  if (d.transcript_url) await enqueueJob({ kind: FETCH_TRANSCRIPT_JOB, payload: scope }, tx);
  if (call.hasClaims) await settleClaims({ ...scope, resolved: Boolean(outcome?.type) }, tx);
  if (outcome?.type === "voicemail_left") await scheduleAutoRetry(tx, { ...scope, attempt: call.attempt });
  if (needsReview) {
    const detail = outcome ? `Unknown outcome type “${outcome.type}”` : "Completed without an outcome";
    await openAttentionItem({ ...scope, kind: "needs_review", detail }, tx);
    return;
  }
  await applyOutcome(tx, { ...scope, customerId: call.customerId, phoneNumber: call.phoneNumber, outcome: outcome!, occurredAt });
}

/** The side effect of one outcome type; also run when a manager reclassifies a call. */
export async function applyOutcome(
  tx: Tx,
  {
    workspaceId,
    callId,
    customerId,
    phoneNumber,
    outcome,
    occurredAt,
  }: { workspaceId: string; callId: string; customerId: string; phoneNumber?: string; outcome: CallOutcome; occurredAt: Date },
) {
  const scope = { workspaceId, callId };
  const notes = outcome.notes ?? null;
  switch (outcome.type) {
    case "do_not_call": {
      const phone = phoneNumber ?? (await findCall({ workspaceId, id: callId }, tx))?.phoneNumber;
      if (phone) {
        await addDoNotCallEntry({ workspaceId, phone, customerId, source: "call_outcome", reason: notes, sourceCallId: callId }, tx);
      }
      await flagDoNotCall(
        {
          workspaceId,
          customerId,
          at: occurredAt,
          reason: `Asked during a call on ${occurredAt.toISOString().slice(0, 10)}${notes ? `: ${notes}` : ""}`,
        },
        tx,
      );
      break;
    }
    case "callback_requested":
      await createCallbackTask({ ...scope, customerId, callbackAt: dateOrNull(outcome.callback_at), notes }, tx);
      break;
    case "escalation_needed":
      await openAttentionItem({ ...scope, kind: "escalation", detail: notes }, tx);
      break;
    case "appointment_scheduled":
      await bookFromCall(tx, {
        ...scope,
        customerId,
        providerAppointmentId: outcome.appointment_id ?? null,
        startsAt: dateOrNull(outcome.appointment_start),
        notes,
      });
      break;
  }
}

/** Opt-in per workspace: another try after the configured spacing, re-checked like any call. */
async function scheduleAutoRetry(tx: Tx, { workspaceId, callId, attempt }: { workspaceId: string; callId: string; attempt: number }) {
  const workspace = await findWorkspace({ id: workspaceId }, tx);
  const settings = workspace?.autoRetry;
  if (!settings?.enabled || attempt >= settings.maxAttempts) return;
  const runAt = new Date(Date.now() + settings.spacingMinutes * 60_000);
  await enqueueJob({ kind: AUTO_RETRY_JOB, payload: { workspaceId, callId }, runAt }, tx);
}
