// The enums' values with no database library attached, so browser code (labels, filters) can
// import them without pulling drizzle into its bundle; enums.ts makes the pgEnums from them.
export const memberRoles = ["dispatcher", "manager", "admin"] as const;

export const callPurposes = [
  "callback",
  "follow_up",
  "appointment_reminder",
  "estimate_follow_up",
  "collections",
  "urgent_notification",
  "custom",
] as const;

/**
 * `scheduled`: held by a compliance rule until an allowed time, then sent by a job.
 * `pending`: stored, not yet accepted by the provider (being sent, or waiting for a retry).
 * `rejected`: the provider refused the request (4xx); `blocked`: the dashboard refused it
 * (do-not-call). `unknown`: the provider never reported the end; set by the stuck-call reconciler
 * after max_duration and a grace period, and replaced by a real terminal event if one comes late.
 * The rest are the provider's lifecycle of CONTRACT.md §2.
 */
export const callStatuses = [
  "scheduled",
  "pending",
  "rejected",
  "blocked",
  "queued",
  "dialing",
  "ringing",
  "in_progress",
  "completed",
  "no_answer",
  "busy",
  "failed",
  "canceled",
  "unknown",
] as const;

export const answeredByValues = ["human", "voicemail", "unknown"] as const;

/** The eight outcome types of the provider's page; a type outside them is kept as text. */
export const outcomeTypes = [
  "appointment_scheduled",
  "callback_requested",
  "voicemail_left",
  "not_interested",
  "do_not_call",
  "information_provided",
  "payment_promised",
  "escalation_needed",
] as const;

/** `over_capacity`: a call booked an appointment into a slot that was already full. */
export const attentionKinds = ["escalation", "needs_review", "failed", "stuck", "over_capacity"] as const;

/**
 * `too_large`: refused at the size cap before the rest was read; `rate_limited`: an unsigned or
 * badly signed delivery over its source's allowance; `unstorable`: signed, but holding what the
 * database cannot store (a NUL character) or nested too deep; `store_failed`: signed and valid,
 * but writing it failed (kept so it can be replayed).
 */
export const deadLetterReasons = [
  "bad_signature",
  "stale_timestamp",
  "malformed_json",
  "invalid_envelope",
  "unknown_call",
  "too_large",
  "rate_limited",
  "unstorable",
  "store_failed",
] as const;

export const missedCallReasons = ["after_hours", "no_answer", "abandoned", "busy"] as const;

/** open → calling (a dispatcher placed the callback) → resolved (it ended with an outcome) | dismissed. */
export const missedCallStatuses = ["open", "calling", "resolved", "dismissed"] as const;

export const signInOutcomes = ["failed", "throttled"] as const;

export const appointmentStatuses = ["booked", "confirmed", "cancelled", "done"] as const;
export type AppointmentStatus = (typeof appointmentStatuses)[number];

export type MissedCallReason = (typeof missedCallReasons)[number];
export type MissedCallStatus = (typeof missedCallStatuses)[number];
export type AnsweredBy = (typeof answeredByValues)[number];
export type OutcomeType = (typeof outcomeTypes)[number];
export type AttentionKind = (typeof attentionKinds)[number];
export type DeadLetterReason = (typeof deadLetterReasons)[number];
export type MemberRole = (typeof memberRoles)[number];
export type CallPurpose = (typeof callPurposes)[number];
export type CallStatus = (typeof callStatuses)[number];
export type SignInOutcome = (typeof signInOutcomes)[number];

/** open → calling (the lead assistant or a dispatcher placed the call) → resolved (it ended with an outcome) | dismissed. */
export const leadStatuses = ["open", "calling", "resolved", "dismissed"] as const;
export type LeadStatus = (typeof leadStatuses)[number];

/** draft → running ⇄ paused → completed | canceled. */
export const campaignStatuses = ["draft", "running", "paused", "completed", "canceled"] as const;
/**
 * queued: not yet tried; waiting: for its window, a duplicate guard, or a retry; dialing: claimed by
 * the scheduler, its call being stored; calling: its call is out. done (an outcome), refused (a rule
 * said no, reason kept), failed (no answer after the last attempt, or the provider refused),
 * canceled (the campaign was).
 */
export const campaignRowStates = ["queued", "waiting", "dialing", "calling", "done", "refused", "failed", "canceled"] as const;
export type CampaignStatus = (typeof campaignStatuses)[number];
export type CampaignRowState = (typeof campaignRowStates)[number];
