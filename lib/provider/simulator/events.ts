/**
 * The provider's side of CONTRACT.md §2 and §3, as the simulator sends and serves it. Kept apart
 * from the app's own parsing types on purpose: the simulator stands in for a third party.
 */

export const providerOutcomeTypes = [
  "appointment_scheduled",
  "callback_requested",
  "voicemail_left",
  "not_interested",
  "do_not_call",
  "information_provided",
  "payment_promised",
  "escalation_needed",
] as const;
export type ProviderOutcomeType = (typeof providerOutcomeTypes)[number];

export type AnsweredBy = "human" | "voicemail" | "unknown";
export type FailedStatus = "no_answer" | "busy" | "failed" | "canceled";
export type SimulatedCallStatus = "queued" | "dialing" | "ringing" | "in_progress" | "completed" | FailedStatus;

export type WebhookEventName =
  | "voice_call.queued"
  | "voice_call.dialing"
  | "voice_call.ringing"
  | "voice_call.in_progress"
  | "voice_call.completed"
  | "voice_call.failed";

export type ProviderOutcome = {
  /** One of the eight types, or (test number 0911) one the dashboard does not know. */
  type: ProviderOutcomeType | (string & {});
  notes: string;
  appointment_id?: string;
  appointment_start?: string;
  callback_at?: string;
  amount?: number;
  /** YYYY-MM-DD */
  promised_date?: string;
};

export type CompletedData = {
  duration: number;
  status: "completed";
  answered_by: AnsweredBy;
  recording_url?: string;
  transcript_url: string;
  outcome?: ProviderOutcome;
  ai_summary: string;
};

export type FailedData = { status: FailedStatus; reason: string; duration: 0 };

export type WebhookData =
  | { status: "queued"; estimated_wait: number }
  | { status: "dialing" }
  | { status: "ringing" }
  | { status: "in_progress"; answered_by: AnsweredBy }
  | CompletedData
  | FailedData;

export type WebhookEnvelope = {
  event: WebhookEventName;
  call_id: string;
  timestamp: string;
  data: WebhookData;
};

export type Utterance = {
  speaker: "assistant" | "customer";
  text: string;
  /** Seconds from the call's start. */
  start: number;
  end: number;
};

export type TranscriptBody = { call_id: string; utterances: Utterance[] };
