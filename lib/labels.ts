import {
  outcomeTypes,
  type AnsweredBy,
  type AttentionKind,
  type CallPurpose,
  type CallStatus,
  type MemberRole,
  type MissedCallReason,
  type OutcomeType,
} from "@/db/schema/enum-values";
import type { ContextField } from "@/lib/validation/call";

// Every label a person reads for one of our values (statuses, outcomes, purposes, reasons, roles),
// in one place, so the board, the detail page, reports and the CSV never disagree.

export type StatusTone = "neutral" | "info" | "success" | "warning" | "danger";

/** How each status reads on screen; every state is visible, none hides behind a blank cell. */
export const statusDisplay: Record<CallStatus, { label: string; tone: StatusTone }> = {
  scheduled: { label: "Scheduled", tone: "neutral" },
  pending: { label: "Sending", tone: "warning" },
  rejected: { label: "Refused by provider", tone: "danger" },
  blocked: { label: "Blocked", tone: "danger" },
  queued: { label: "Queued", tone: "info" },
  dialing: { label: "Dialing", tone: "info" },
  ringing: { label: "Ringing", tone: "info" },
  in_progress: { label: "In progress", tone: "info" },
  completed: { label: "Completed", tone: "success" },
  no_answer: { label: "No answer", tone: "neutral" },
  busy: { label: "Busy", tone: "neutral" },
  failed: { label: "Failed", tone: "danger" },
  canceled: { label: "Canceled", tone: "neutral" },
  unknown: { label: "The provider never reported the end", tone: "warning" },
};

/** How each of the provider's eight outcomes reads, everywhere: board, detail, review, reports, CSV. */
export const outcomeDisplay: Record<OutcomeType, { label: string; tone: StatusTone }> = {
  appointment_scheduled: { label: "Appointment booked", tone: "success" },
  callback_requested: { label: "Callback requested", tone: "info" },
  voicemail_left: { label: "Voicemail left", tone: "neutral" },
  not_interested: { label: "Not interested", tone: "neutral" },
  do_not_call: { label: "Do not call", tone: "danger" },
  information_provided: { label: "Information provided", tone: "info" },
  payment_promised: { label: "Payment promised", tone: "success" },
  escalation_needed: { label: "Escalation needed", tone: "warning" },
};

export function isOutcomeType(value: string): value is OutcomeType {
  return (outcomeTypes as readonly string[]).includes(value);
}

/** The provider may send a type we do not know yet; it still reads as words, never hidden. */
export function outcomeDisplayOf(type: string): { label: string; tone: StatusTone } {
  if (isOutcomeType(type)) return outcomeDisplay[type];
  const words = type.replace(/[_-]+/g, " ").trim();
  return { label: words.charAt(0).toUpperCase() + words.slice(1), tone: "neutral" };
}

/** Chart series: the eight provider outcomes, any type we do not know, and calls with none. */
export const outcomeBuckets = [...outcomeTypes, "other", "none"] as const;
export type OutcomeBucket = (typeof outcomeBuckets)[number];

export const outcomeBucketLabels: Record<OutcomeBucket, string> = {
  ...(Object.fromEntries(outcomeTypes.map((t) => [t, outcomeDisplay[t].label])) as Record<OutcomeType, string>),
  other: "Other outcome",
  none: "No outcome",
};

export function bucketOf(outcomeType: string | null): OutcomeBucket {
  if (outcomeType === null || outcomeType === "") return "none";
  return (outcomeTypes as readonly string[]).includes(outcomeType) ? (outcomeType as OutcomeType) : "other";
}

/** A type the provider added after this code was written still reads as words. */
export function outcomeLabel(outcomeType: string | null): string {
  const bucket = bucketOf(outcomeType);
  if (bucket !== "other" || !outcomeType) return outcomeBucketLabels[bucket];
  const words = outcomeType.replace(/[_-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const answeredByLabels: Record<AnsweredBy, string> = {
  human: "Person",
  voicemail: "Voicemail",
  unknown: "Unknown",
};

const LABELS: Record<MemberRole, string> = { dispatcher: "Dispatcher", manager: "Manager", admin: "Admin" };

/** What each role may do, in the words the people page shows beside the choice. */
export const ROLE_DESCRIPTIONS: Record<MemberRole, string> = {
  dispatcher: "Places calls, works missed calls and callbacks",
  manager: "Also reviews outcomes, sees reports and the attention list",
  admin: "Also manages people, assistants and settings",
};

export function roleLabel(role: MemberRole): string {
  return LABELS[role];
}

/** How the seven provider purposes read to a dispatcher. */
export const purposeLabels: Record<CallPurpose, string> = {
  callback: "Return a customer's call",
  follow_up: "Follow up after a visit",
  appointment_reminder: "Remind of an appointment",
  estimate_follow_up: "Follow up on an estimate",
  collections: "Payment reminder",
  urgent_notification: "Urgent notice",
  custom: "Custom message",
};

export const contextLabels: Record<ContextField, string> = {
  callbackReason: "Callback reason",
  previousInteraction: "Previous interaction",
  appointmentInfo: "Appointment",
  estimateInfo: "Estimate",
  customMessage: "Message to convey",
};

export const reasonLabels: Record<MissedCallReason, string> = {
  after_hours: "After hours",
  no_answer: "No answer",
  abandoned: "Hung up waiting",
  busy: "Line busy",
};

/** Attention items as the call page names them ("needs review" has its own panel). */
export const attentionLabels: Record<Exclude<AttentionKind, "needs_review">, string> = {
  escalation: "Escalation",
  failed: "Call failed",
  stuck: "Stuck: no word from the provider",
  over_capacity: "Booked into a full slot",
};

/** Who picked up, as a sentence's end: "Answered by a person". */
export const answeredByPhrases: Record<AnsweredBy, string> = {
  human: "by a person",
  voicemail: "by voicemail",
  unknown: "by an unknown party",
};

/** A call already under way for the customer, in words: "already has a call being sent". */
export const underWayPhrases: Partial<Record<CallStatus, string>> = {
  scheduled: "waiting to go out",
  pending: "being sent",
  queued: "queued at the provider",
  dialing: "dialing",
  ringing: "ringing",
  in_progress: "on the line",
};
