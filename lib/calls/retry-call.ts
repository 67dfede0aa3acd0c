import { findCall } from "@/db/queries/calls";
import { completeJob } from "@/db/queries/jobs";
import { findWorkspace } from "@/db/queries/workspaces";
import type { Call } from "@/db/schema";
import type { TypedJob } from "@/lib/jobs/worker";
import type { ActionResult } from "@/lib/actions/result";
import { instantToWallTime } from "@/lib/time/zoned";
import type { PlaceCallValues } from "@/lib/validation/call";
import { placeCall, type CallActor } from "./place-call";
import type { PlacedCall } from "./types";
import { derivedRequestKey } from "./derived-key";
import { log } from "@/lib/log/logger";

/** A stable key per (call, attempt): a retry job that runs twice still places one call. */
function retryKey(callId: string, attempt: number): string {
  return derivedRequestKey("retry", callId, attempt);
}

/**
 * Every field of the original request, as form values, for Retry and "Call again": context,
 * slots, service duration, earliest available, max duration, recording. Only slots that have
 * already started are left out: offering them would book the past.
 */
export function requestFieldsOf(call: Call, timeZone: string, now = Date.now()) {
  const options = call.schedulingOptions;
  const wall = (iso: string) => instantToWallTime(new Date(iso), timeZone);
  return {
    customerId: call.customerId,
    phoneNumber: call.phoneNumber,
    purpose: call.purpose,
    assistantId: call.assistantId,
    context: call.context,
    slots: (options?.availableSlots ?? [])
      .filter((s) => new Date(s.start).getTime() > now)
      .map((s) => ({ start: wall(s.start), end: wall(s.end) })),
    ...(options?.serviceDurationMinutes ? { serviceDurationMinutes: options.serviceDurationMinutes } : {}),
    ...(options?.earliestAvailable ? { earliestAvailable: wall(options.earliestAvailable) } : {}),
    maxDuration: call.maxDuration,
    recordCall: call.recordCall,
  };
}

export function valuesFromCall(call: Call, timeZone: string, requestKey: string): PlaceCallValues {
  return {
    requestKey,
    ...requestFieldsOf(call, timeZone),
    retryOfCallId: call.id,
    // A retry was asked for on purpose; the duplicate guard is for accidental double calls.
    confirmDuplicate: true,
  };
}

/** Retries a call now (or at the next allowed time when outside calling hours). */
export async function retryCall(call: Call, actor: CallActor, requestKey?: string): Promise<ActionResult<PlacedCall>> {
  const values = valuesFromCall(call, actor.workspace.timeZone, requestKey ?? retryKey(call.id, call.attempt + 1));
  return placeCall({ ...values, scheduleIfOutsideHours: true }, actor);
}

export async function autoRetryJob(job: TypedJob<"auto_retry">): Promise<void> {
  const { callId, workspaceId } = job.payload;
  const [call, workspace] = await Promise.all([findCall({ workspaceId, id: callId }), findWorkspace({ id: workspaceId })]);
  if (call && workspace?.autoRetry.enabled) {
    const result = await retryCall(call, { workspace, userId: null });
    if (!result.ok) log.warn({ callId, reason: result.error }, "auto-retry: call not retried");
  }
  await completeJob({ id: job.id });
}
