import { z } from "zod";

/**
 * Every kind of background job, with the payload it carries. Enqueuing and handling both go
 * through these schemas, so a payload that a handler cannot read is caught when it is stored.
 */
const callScope = z.object({ workspaceId: z.string().uuid(), callId: z.string().uuid() });

export const jobPayloadSchemas = {
  /** Send a stored call to the provider (its Idempotency-Key makes a resend safe). */
  send_call: callScope,
  /** Fetch and store a finished call's transcript. */
  fetch_transcript: callScope,
  /** Place the automatic retry of a call that reached nobody. */
  auto_retry: callScope,
  /** Call a new lead with the workspace's lead assistant (speed-to-lead). */
  call_lead: z.object({ workspaceId: z.string().uuid(), leadId: z.string().uuid() }),
  /** A running campaign's scheduler: settles ended calls and dials due rows at the campaign's pace. */
  campaign_tick: z.object({ workspaceId: z.string().uuid(), campaignId: z.string().uuid() }),
  /** Prune old diagnostics (dead letters, feed refusals, done jobs); books its own next run. */
  prune_diagnostics: z.object({}),
} as const;

export type JobKind = keyof typeof jobPayloadSchemas;
export type JobPayload<K extends JobKind> = z.infer<(typeof jobPayloadSchemas)[K]>;
export const jobKinds = Object.keys(jobPayloadSchemas) as JobKind[];

export const SEND_CALL_JOB = "send_call" satisfies JobKind;
export const FETCH_TRANSCRIPT_JOB = "fetch_transcript" satisfies JobKind;
export const AUTO_RETRY_JOB = "auto_retry" satisfies JobKind;
export const PRUNE_DIAGNOSTICS_JOB = "prune_diagnostics" satisfies JobKind;
export const CALL_LEAD_JOB = "call_lead" satisfies JobKind;
export const CAMPAIGN_TICK_JOB = "campaign_tick" satisfies JobKind;

/** Labels for the admins' list of jobs that gave up. */
export const jobKindLabels: Record<JobKind, string> = {
  send_call: "Send a call to the provider",
  fetch_transcript: "Fetch a transcript",
  auto_retry: "Retry a call automatically",
  prune_diagnostics: "Prune old diagnostics",
  call_lead: "Call a new lead",
  campaign_tick: "Run a campaign",
};

export function isJobKind(kind: string): kind is JobKind {
  return Object.hasOwn(jobPayloadSchemas, kind);
}

/** A handler that throws this many times is given up on (dead) until an admin runs it again. */
export const MAX_FAILURES = 8;

/** Backoff after the n-th throw: 10 s, 20 s, 40 s … capped at 10 minutes. */
export function failureBackoffMs(failures: number): number {
  return Math.min(10 * 60_000, 10_000 * 2 ** Math.max(0, failures - 1));
}
