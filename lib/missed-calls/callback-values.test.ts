import assert from "node:assert/strict";
import { test } from "node:test";
import { placeCallSchema } from "@/lib/validation/call";
import {
  callBackNowValues,
  callbackReasonForMissed,
  formValuesForMissed,
  previousInteractionFor,
  previousInteractionForTask,
} from "./callback-values";
import { formatAgo, formatWait, slaLevel } from "./sla";

const LA = "America/Los_Angeles";
// 2:04 PM in Los Angeles (PST, UTC-8) on Nov 25, 2026.
const occurredAt = new Date("2026-11-25T22:04:00Z");
const sameDay = new Date("2026-11-25T23:30:00Z");
const missed = {
  id: "6f1c1a43-2a4b-4c8e-9d43-1f6f1d2b7a10",
  customerId: "0b6c7f8e-1d2a-4f3b-8c9d-2e3f4a5b6c7d",
  fromPhone: "+13105550902",
  occurredAt,
  reason: null,
  voicemailUrl: null,
};

test("the previous interaction names the time in the workspace's zone and why we missed it", () => {
  const say = (reason: typeof missed.reason | "after_hours" | "no_answer" | "abandoned" | "busy") =>
    previousInteractionFor({ ...missed, reason }, LA, sameDay);
  assert.equal(say("after_hours"), "Called at 2:04 PM, we were closed");
  assert.equal(say("no_answer"), "Called at 2:04 PM; nobody answered");
  assert.equal(say("abandoned"), "Called at 2:04 PM and hung up while waiting");
  assert.equal(say("busy"), "Called at 2:04 PM; the line was busy");
  assert.equal(say(null), "Called at 2:04 PM and we missed it");
  assert.equal(
    previousInteractionFor({ ...missed, reason: "after_hours", voicemailUrl: "https://pbx/vm.mp3" }, LA, new Date("2026-11-27T18:00:00Z")),
    "Called on Nov 25 at 2:04 PM, we were closed; left a voicemail",
  );
  assert.equal(previousInteractionForTask(occurredAt, LA), "Asked us to call back (call on Nov 25)");
});

test("the form's values return the call with purpose callback and claim the missed call", () => {
  const values = formValuesForMissed(
    { ...missed, reason: "after_hours" },
    { timeZone: LA, assistantId: null, phoneNumber: "(310) 555-0902", now: sameDay },
  );
  assert.equal(values.purpose, "callback");
  assert.equal(values.missedCallId, missed.id);
  assert.equal(values.assistantId, undefined);
  assert.deepEqual(values.context, {
    callbackReason: "They called after hours, when we were closed; find out what they need",
    previousInteraction: "Called at 2:04 PM, we were closed",
  });
});

test("the callback reason comes from the missed call: its reason and whether they left a voicemail", () => {
  assert.equal(
    callbackReasonForMissed({ reason: "abandoned", voicemailUrl: "https://pbx.example/vm/1.mp3" }),
    "They hung up while waiting on hold and left a voicemail; find out what they need",
  );
  assert.equal(callbackReasonForMissed({ reason: null, voicemailUrl: null }), "We missed their call; find out what they need");
});

test("call-back-now values pass the place-call schema as they are", () => {
  const values = callBackNowValues(missed, {
    timeZone: LA,
    assistantId: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
    requestKey: crypto.randomUUID(),
    now: sameDay,
  });
  const parsed = placeCallSchema({ timeZone: LA, allowedCountries: ["US", "CA"], now: sameDay }).safeParse(values);
  assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
  assert.equal(parsed.data.context.callbackReason, "Returning a missed call");
  assert.equal(parsed.data.missedCallId, missed.id);
});

test("the SLA turns at the workspace's thresholds, inclusive", () => {
  assert.equal(slaLevel(14 * 60_000 + 59_000, 15, 60), "ok");
  assert.equal(slaLevel(15 * 60_000, 15, 60), "warn");
  assert.equal(slaLevel(60 * 60_000, 15, 60), "breach");
  assert.equal(formatWait(42_000), "0:42");
  assert.equal(formatWait(12 * 60_000 + 5_000), "12:05");
  assert.equal(formatWait(65 * 60_000), "1 h 05 min");
  assert.equal(formatWait(51 * 3_600_000), "2 d 3 h");
  assert.equal(formatAgo(30_000), "just now");
  assert.equal(formatAgo(3 * 3_600_000 + 1), "3 h ago");
});
