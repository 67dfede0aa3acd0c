import type { Utterance } from "@/db/schema/outcomes";
import type { CallStatus } from "@/db/schema/enums";
import type { StatusTone } from "@/lib/labels";

/**
 * What the call detail page renders: plain, serializable and already formatted on the server.
 * It holds no provider URL, request body or webhook URL, so nothing secret can reach a client
 * component by accident.
 */

export type Row = { label: string; value: string };

export type Notice = {
  tone: StatusTone;
  title: string;
  text: string | null;
  /** The provider's own code and message, under our words. */
  smallPrint?: string | null;
  link?: { href: string; label: string } | null;
};

export type OutcomeView = {
  label: string;
  tone: StatusTone;
  /** The raw type, shown small beside the label for anyone matching it to the provider's data. */
  type: string;
  notes: string | null;
  details: Row[];
};

export type AttentionView = { kind: string; label: string; detail: string | null; resolved: boolean };

export type TimelineEntry = {
  key: string;
  source: "app" | "provider";
  label: string;
  detail: string | null;
  tone: StatusTone;
  /** ISO instant the entry is placed at, for <time dateTime>. */
  at: string;
  time: string;
  fullTime: string;
  /** Arrived after the call had moved past it; stored for the record, did not change the status. */
  late: boolean;
  receivedTime: string | null;
};

export type TranscriptView =
  { state: "ready"; utterances: Utterance[] } | { state: "fetching" } | { state: "after_call" } | { state: "none"; reason: string };

/** Everything the recording and transcript panel (a client component) needs, and nothing more. */
export type MediaView = {
  callId: string;
  hasRecording: boolean;
  recordCall: boolean;
  settled: boolean;
  transcript: TranscriptView;
};

export type SentView = {
  phone: string;
  context: Row[];
  slots: string[];
  serviceDuration: string | null;
  earliest: string | null;
  maxDuration: string;
  recordCall: boolean;
};

export type CallDetailView = {
  id: string;
  customerName: string;
  preferredName: string | null;
  phone: string;
  providerCallId: string | null;
  status: CallStatus;
  statusLabel: string;
  statusTone: StatusTone;
  purposeLabel: string;
  assistantName: string;
  placedByName: string | null;
  placedAt: string;
  placedAtIso: string;
  duration: string | null;
  /** Keep listening for changes: the call is still moving or its transcript is on its way. */
  live: boolean;
  notice: Notice | null;
  outcome: OutcomeView | null;
  review: string | null;
  attention: AttentionView[];
  doNotCall: string | null;
  aiSummary: string | null;
  answeredBy: string | null;
  sent: SentView;
  history: TimelineEntry[];
  media: MediaView;
};
