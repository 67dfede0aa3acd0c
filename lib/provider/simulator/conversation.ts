import type { ProviderCallRequest } from "../types";
import { humanScript, voicemailScript, type Line, type ScriptFacts } from "./conversation-lines";
import { NEXT_STEP, outcomeOf, purposePhrase } from "./conversation-outcome";
import type { CompletedData, Utterance } from "./events";
import { findOutcomeNumber, planCall, type OutcomeChoice } from "./outcome-numbers";
import { pickOne, unitHash } from "./seeded";
import type { SimulatorCall } from "./store";
import { addDays, DEFAULT_OFFSET, isoAt, isoDate, localDateAt, offsetOf, speakDate, speakSlot } from "./spoken-time";

/**
 * A believable home-services call, made only from the request, the call id and when the call was
 * placed, so the webhook, the transcript endpoint and the recording always agree.
 */

export type ConversationInput = {
  callId: string;
  request: ProviderCallRequest;
  placedAt: Date;
  /** The simulator's public base; transcript and recording URLs hang off it. */
  publicBaseUrl: string;
  /** The provider workspace; the simulator takes the business's name from it. */
  workspaceId?: string;
  /** Defaults to what planCall gives this call. */
  outcome?: OutcomeChoice;
};

export type Conversation = { utterances: Utterance[]; completed: CompletedData };

const WORDS_PER_SECOND = 2.6;
const PAYMENT_AMOUNT = 249.5;
const AGENTS = ["Ava", "Maya", "Nora", "Leo", "Sam", "Jordan"];
const QUESTIONS = [
  ["How long does the visit usually take?", "Most visits take about an hour, and the technician will call when they're on the way."],
  [
    "Is there a charge for coming out?",
    "The diagnostic fee is waived if you go ahead with the repair, and the technician quotes everything before starting.",
  ],
  [
    "Do I need to be home for it?",
    "Someone over eighteen should be home to let the technician in. We'll text you when they're on the way.",
  ],
] as const;
const ISSUES = [
  "The unit is still making that noise since the last visit",
  "I was charged twice for the last visit",
  "Nobody showed up for my last appointment",
];

export function mediaUrls(publicBaseUrl: string, callId: string): { transcript: string; recording: string } {
  const base = `${publicBaseUrl.replace(/\/$/, "")}/v1/calls/${callId}`;
  return { transcript: `${base}/transcript`, recording: `${base}/recording` };
}

/** "ws_summit_demo" → "Summit": a real provider knows the business from the workspace's settings. */
function businessName(workspaceId: string | undefined): string {
  const words = (workspaceId ?? "")
    .replace(/^ws_/, "")
    .replace(/_(demo|test|live|prod)$/, "")
    .split(/[_-]+/)
    .filter((w) => /^[a-z]+$/i.test(w));
  return words.length > 0 ? words.map((w) => w[0].toUpperCase() + w.slice(1)).join(" ") : "your home services team";
}

function amountFrom(request: ProviderCallRequest, fixed: boolean): number {
  const c = request.context ?? {};
  const found = /\$\s?(\d[\d,]*(?:\.\d{1,2})?)/.exec([c.custom_message, c.estimate_info, c.previous_interaction].join(" "));
  return !fixed && found ? Number(found[1].replace(/,/g, "")) : PAYMENT_AMOUNT;
}

const money = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));

export type Facts = ScriptFacts & { bookedIso: string; callbackIso: string | null; promisedDate: string; amountValue: number };

function factsFor(input: ConversationInput, outcome: OutcomeChoice): Facts {
  const { request, callId, placedAt } = input;
  const slots = request.scheduling_options?.available_slots ?? [];
  const earliest = request.scheduling_options?.earliest_available;
  const offset = offsetOf(slots[0]?.start ?? earliest ?? "") ?? DEFAULT_OFFSET;
  const today = localDateAt(placedAt, offset);
  const offered = slots.slice(0, 3);
  const bookedIso = offered.length > 0 ? pickOne(offered, callId, "slot").start : (earliest ?? isoAt(addDays(today, 1), 9, 0, offset));
  const fixed = findOutcomeNumber(request.phone_number) !== undefined;
  // The contract makes callback_at optional; unscripted numbers leave it out now and then.
  const callbackIso = fixed || unitHash(callId, "callback_at") >= 0.4 ? isoAt(addDays(today, 1), 10, 0, offset) : null;
  const promised = addDays(today, 7);
  const amountValue = amountFrom(request, fixed);
  return {
    callId,
    request,
    outcome,
    name: request.customer_info.preferred_name?.trim() || request.customer_info.name.trim().split(/\s+/)[0],
    agent: pickOne(AGENTS, request.assistant_id),
    business: businessName(input.workspaceId),
    offered: offered.map((s) => speakSlot(s.start)),
    booked: speakSlot(bookedIso),
    callback: callbackIso ? `tomorrow, ${speakDate(addDays(today, 1))}, at 10:00 AM` : null,
    amount: money(amountValue),
    promisedBy: speakDate(promised),
    question: pickOne(QUESTIONS, callId, "question"),
    issue: pickOne(ISSUES, callId, "issue"),
    bookedIso,
    callbackIso,
    promisedDate: isoDate(promised),
    amountValue,
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** ~2.6 words a second with a little variation, and a 0.4–1.2 s pause before each answer. */
function pace(lines: Line[], callId: string, startAt: number): Utterance[] {
  let t = startAt;
  return lines.map((line, i) => {
    const words = line.text.split(/\s+/).length;
    const rate = WORDS_PER_SECOND * (0.9 + 0.2 * unitHash(callId, "rate", String(i)));
    const start = round1(t);
    const end = round1(t + Math.max(0.6, words / rate));
    t = end + 0.4 + 0.8 * unitHash(callId, "gap", String(i));
    return { ...line, start, end };
  });
}

export function generateConversation(input: ConversationInput): Conversation {
  const { request, callId } = input;
  const planned = planCall(request, callId);
  const outcome = input.outcome ?? (planned.kind === "conversation" ? planned.outcome : "information_provided");
  const facts = factsFor(input, outcome);
  const voicemail = outcome === "voicemail_left";
  // Voicemail: the greeting and the beep come first and are not transcribed.
  let utterances = pace(voicemail ? voicemailScript(facts) : humanScript(facts), callId, voicemail ? 7 + unitHash(callId, "vm") * 3 : 0.5);
  let duration = Math.ceil(utterances[utterances.length - 1].end + 0.8);
  const cutOff = duration > request.max_duration;
  if (cutOff) {
    duration = request.max_duration;
    utterances = utterances.filter((u) => u.start < duration).map((u) => ({ ...u, end: Math.min(u.end, duration) }));
  }

  const urls = mediaUrls(input.publicBaseUrl, callId);
  const result = cutOff ? undefined : outcomeOf(facts);
  const opening = `${facts.agent} called ${request.customer_info.name.trim()} ${purposePhrase(request)}.`;
  const summary = cutOff
    ? `${opening} The call reached its ${request.max_duration}-second limit before it could finish, so a person should review it.`
    : `${opening} ${result?.notes ?? "The conversation ended without a clear outcome."} ${NEXT_STEP[outcome]}`;
  const completed: CompletedData = {
    duration,
    status: "completed",
    answered_by: voicemail ? "voicemail" : "human",
    ...(request.record_call ? { recording_url: urls.recording } : {}),
    transcript_url: urls.transcript,
    ...(result ? { outcome: result } : {}),
    ai_summary: summary,
  };
  return { utterances, completed };
}

/** The conversation of a call the simulator accepted, as the player and the media endpoints see it. */
export function conversationOf(call: SimulatorCall, publicBaseUrl: string): Conversation {
  return generateConversation({
    callId: call.callId,
    request: call.request,
    placedAt: call.acceptedAt,
    publicBaseUrl,
    workspaceId: call.workspaceId,
  });
}
