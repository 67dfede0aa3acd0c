import assert from "node:assert/strict";
import { test } from "node:test";
import type { ProviderCallRequest } from "../types";
import { generateConversation, type ConversationInput } from "./conversation";
import { planCall, simulatorOutcomeNumbers } from "./outcome-numbers";
import { speakSlot } from "./spoken-time";

const slots = [
  { start: "2026-12-01T09:00:00-08:00", end: "2026-12-01T11:00:00-08:00" },
  { start: "2026-12-01T13:00:00-08:00", end: "2026-12-01T15:00:00-08:00" },
  { start: "2026-12-02T09:30:00-08:00", end: "2026-12-02T11:30:00-08:00" },
];

function request(overrides: Partial<ProviderCallRequest> = {}): ProviderCallRequest {
  return {
    phone_number: "+13105550901",
    assistant_id: "asst_estimates_001",
    customer_info: { name: "Jonathan Smith", customer_id: "cust_1", preferred_name: "Jon" },
    call_purpose: "estimate_follow_up",
    context: {
      estimate_info: "Estimate #4411 for a new 3-ton heat pump, $8,950 installed",
      previous_interaction: "Customer asked for a second opinion last week",
      custom_message: "Mention the $500 rebate that ends this month",
    },
    scheduling_options: { available_slots: slots, service_duration_minutes: 90 },
    max_duration: 600,
    record_call: true,
    webhook_url: "http://127.0.0.1:3000/api/webhooks/provider",
    ...overrides,
  };
}

function input(overrides: Partial<ProviderCallRequest> = {}, extra: Partial<ConversationInput> = {}): ConversationInput {
  return {
    callId: "call_test00000001",
    request: request(overrides),
    placedAt: new Date("2026-11-25T18:00:00Z"),
    publicBaseUrl: "http://sim.test/api/simulator",
    workspaceId: "ws_summit_demo",
    ...extra,
  };
}

const assistantText = (c: ReturnType<typeof generateConversation>) =>
  c.utterances
    .filter((u) => u.speaker === "assistant")
    .map((u) => u.text)
    .join(" ");

test("greets by preferred name, else the first name, and says who it calls for", () => {
  const preferred = generateConversation(input());
  assert.match(preferred.utterances[1].text, /^Hi Jon, this is \w+, the virtual assistant for Summit\./);
  const noPreferred = generateConversation(input({ customer_info: { name: "Maria  Lopez" } }));
  assert.match(noPreferred.utterances[1].text, /^Hi Maria,/);
});

test("speaks to the purpose and every context string", () => {
  const text = assistantText(generateConversation(input()));
  assert.match(text, /following up on the estimate we sent you: estimate #4411 for a new 3-ton heat pump, \$8,950 installed/);
  assert.match(text, /According to our notes, you asked for a second opinion last week\./);
  assert.match(text, /We wanted to mention the \$500 rebate that ends this month\./);
  const callback = assistantText(
    generateConversation(input({ call_purpose: "callback", context: { callback_reason: "AC making a rattling noise" } })),
  );
  assert.match(callback, /returning your call regarding AC making a rattling noise/);
});

test("slots are offered in plain English, in the slot's own offset", () => {
  assert.equal(speakSlot("2026-12-01T09:00:00-08:00"), "Tuesday, December 1 at 9:00 AM");
  assert.equal(speakSlot("2026-12-01T21:30:00+05:30"), "Tuesday, December 1 at 9:30 PM");
  assert.equal(speakSlot("2026-12-06T00:05:00Z"), "Sunday, December 6 at 12:05 AM");
  const text = assistantText(generateConversation(input()));
  assert.ok(text.includes("Tuesday, December 1 at 9:00 AM, Tuesday, December 1 at 1:00 PM, or Wednesday, December 2 at 9:30 AM"), text);
});

test("0901 books one of the offered slots", () => {
  const { completed } = generateConversation(input());
  assert.equal(completed.outcome?.type, "appointment_scheduled");
  assert.ok(slots.some((s) => s.start === completed.outcome?.appointment_start));
  assert.match(completed.outcome?.appointment_id ?? "", /^appt_[0-9a-f]{12}$/);
  assert.equal(completed.answered_by, "human");
  assert.equal(completed.recording_url, "http://sim.test/api/simulator/v1/calls/call_test00000001/recording");
  assert.equal(completed.transcript_url, "http://sim.test/api/simulator/v1/calls/call_test00000001/transcript");
  assert.equal(completed.ai_summary.split(/(?<=\.) /).length >= 2, true, completed.ai_summary);
});

test("the same input gives the same conversation; another call id may differ", () => {
  assert.deepEqual(generateConversation(input()), generateConversation(input()));
  const other = generateConversation(input({}, { callId: "call_test00000002" }));
  assert.notDeepEqual(
    other.utterances.map((u) => u.start),
    generateConversation(input()).utterances.map((u) => u.start),
  );
});

test("pacing: alternating speakers, ~2.6 words a second, 0.4–1.2 s gaps, duration covers the talk", () => {
  const { utterances, completed } = generateConversation(input());
  for (let i = 1; i < utterances.length; i++) {
    const gap = Math.round((utterances[i].start - utterances[i - 1].end) * 10) / 10;
    assert.ok(gap >= 0.3 && gap <= 1.3, `gap ${gap} before utterance ${i}`);
  }
  for (const u of utterances) {
    const rate = u.text.split(/\s+/).length / (u.end - u.start);
    assert.ok(u.text.split(/\s+/).length < 3 || (rate > 2 && rate < 3.2), `${rate} words/s: ${u.text}`);
  }
  assert.ok(Number.isInteger(completed.duration));
  assert.ok(completed.duration >= utterances[utterances.length - 1].end);
});

test("recording_url only when the call is recorded", () => {
  const { completed } = generateConversation(input({ record_call: false }));
  assert.equal("recording_url" in completed, false);
  assert.ok(completed.transcript_url);
});

test("each scripted number has its outcome", () => {
  const at = (lastFour: string) => generateConversation(input({ phone_number: `+1310555${lastFour}` })).completed;
  const callback = at("0902").outcome;
  assert.equal(callback?.type, "callback_requested");
  assert.equal(callback?.callback_at, "2026-11-26T10:00:00-08:00");
  const voicemail = generateConversation(input({ phone_number: "+13105550903" }));
  assert.equal(voicemail.completed.answered_by, "voicemail");
  assert.equal(voicemail.completed.outcome?.type, "voicemail_left");
  assert.ok(voicemail.utterances.every((u) => u.speaker === "assistant"));
  assert.match(voicemail.utterances[0].text, /^Hi Jon/);
  for (const [lastFour, type] of [
    ["0904", "not_interested"],
    ["0905", "do_not_call"],
    ["0906", "information_provided"],
    ["0908", "escalation_needed"],
  ]) {
    assert.equal(at(lastFour).outcome?.type, type, lastFour);
  }
  assert.deepEqual(
    { ...at("0907").outcome, notes: "" },
    { type: "payment_promised", amount: 249.5, promised_date: "2026-12-02", notes: "" },
  );
  assert.equal(at("0910").outcome, undefined);
  assert.equal(at("0911").outcome?.type, "warranty_claim");
});

test("callback_at uses UTC-8 when the request has no slots", () => {
  const { completed } = generateConversation(input({ phone_number: "+13105550902", scheduling_options: undefined }));
  assert.equal(completed.outcome?.callback_at, "2026-11-26T10:00:00-08:00");
  const east = generateConversation(
    input({
      phone_number: "+13105550902",
      scheduling_options: { available_slots: [{ start: "2026-12-01T09:00:00-05:00", end: "2026-12-01T10:00:00-05:00" }] },
    }),
  );
  assert.equal(east.completed.outcome?.callback_at, "2026-11-26T10:00:00-05:00");
});

test("failure and stuck numbers are not conversations", () => {
  const plan = (lastFour: string) => planCall(request({ phone_number: `+1310555${lastFour}` }), "call_x");
  assert.deepEqual(plan("0922"), { kind: "failed", status: "failed", reason: "carrier error" });
  assert.equal(plan("0930").kind, "stuck");
  assert.equal(simulatorOutcomeNumbers.length, 15);
  assert.ok(simulatorOutcomeNumbers.every((n) => /^09\d\d$/.test(n.lastFour)));
});

test("other numbers get an outcome that fits the purpose, ~15% voicemail", () => {
  const ids = Array.from({ length: 300 }, (_, i) => `call_default${String(i).padStart(4, "0")}`);
  const types = (r: ProviderCallRequest) =>
    ids.map((id) => generateConversation({ ...input(), callId: id, request: r }).completed.outcome?.type);
  const collections = types(request({ phone_number: "+13105550150", call_purpose: "collections", scheduling_options: undefined }));
  assert.ok(collections.every((t) => ["payment_promised", "callback_requested", "escalation_needed", "voicemail_left"].includes(t ?? "")));
  const voicemailShare = collections.filter((t) => t === "voicemail_left").length / ids.length;
  assert.ok(voicemailShare > 0.08 && voicemailShare < 0.22, `voicemail share ${voicemailShare}`);
  const estimates = types(request({ phone_number: "+13105550150" }));
  assert.ok(estimates.filter((t) => t === "appointment_scheduled").length > ids.length / 3);
  const reminders = types(request({ phone_number: "+13105550150", call_purpose: "appointment_reminder" }));
  assert.ok(reminders.filter((t) => t === "information_provided").length > ids.length / 2);
});

test("a call longer than max_duration is cut off there, without an outcome", () => {
  const { utterances, completed } = generateConversation(input({ max_duration: 30 }));
  assert.equal(completed.duration, 30);
  assert.ok(utterances.every((u) => u.end <= 30));
  assert.equal(completed.outcome, undefined);
  assert.match(completed.ai_summary, /30-second limit/);
});
