import { test } from "node:test";
import assert from "node:assert/strict";
import { buildTimeline, type AppEventInput, type ProviderEventInput } from "./timeline";

const LA = "America/Los_Angeles";
const t = (s: number) => new Date(Date.UTC(2026, 10, 26, 17, 0, s));

const app = (id: number, type: string, at: number, data: Record<string, unknown> = {}): AppEventInput => ({
  id,
  type,
  data,
  createdAt: t(at),
});
const wh = (event: string, occurred: number, received: number, data: Record<string, unknown> = {}): ProviderEventInput => ({
  webhookId: `msg_${event}_${received}`,
  event,
  occurredAt: t(occurred),
  receivedAt: t(received),
  payload: { event, data },
});

test("merges our events and the provider's in the order things happened", () => {
  const got = buildTimeline({
    appEvents: [app(1, "created", 0), app(2, "provider_accepted", 1, { call_id: "call_1", status: "queued", estimated_wait: 2 })],
    providerEvents: [
      wh("voice_call.queued", 2, 2, { status: "queued", estimated_wait: 2 }),
      wh("voice_call.dialing", 4, 4),
      wh("voice_call.in_progress", 9, 9, { answered_by: "human" }),
      wh("voice_call.completed", 70, 70, { status: "completed", duration: 61 }),
    ],
    placedByName: "Dana Dispatcher",
    timeZone: LA,
  });
  assert.deepEqual(
    got.map((e) => e.label),
    ["Call requested", "Accepted by provider", "Queued", "Dialing", "Answered", "Completed"],
  );
  assert.equal(got[0].detail, "by Dana Dispatcher");
  assert.equal(got[1].detail, "call_1 · Queued · est. wait 2 s");
  assert.equal(got[4].detail, "by a person");
  assert.equal(got[5].detail, "1 min 1 s");
  assert.equal(got[0].time, "9:00:00 AM");
  assert.ok(got.every((e) => !e.late));
});

test("an event that arrives after the call moved past it is marked late and placed where it happened", () => {
  const got = buildTimeline({
    appEvents: [app(1, "created", 0), app(2, "provider_accepted", 1, { status: "queued" })],
    providerEvents: [
      wh("voice_call.dialing", 4, 4),
      wh("voice_call.in_progress", 9, 9, { answered_by: "voicemail" }),
      wh("voice_call.ringing", 6, 30),
      wh("voice_call.completed", 40, 40, { duration: 31 }),
      wh("voice_call.failed", 41, 45, { status: "busy", reason: "Line busy" }),
    ],
    placedByName: null,
    timeZone: LA,
  });
  assert.deepEqual(
    got.map((e) => [e.label, e.late]),
    [
      ["Call requested", false],
      ["Accepted by provider", false],
      ["Dialing", false],
      ["Ringing", true],
      ["Answered", false],
      ["Completed", false],
      ["Busy", true],
    ],
  );
  assert.equal(got[3].receivedTime, "9:00:30 AM");
  assert.equal(got[6].detail, "Line busy");
});

test("refusals, send failures and unknown events read in words", () => {
  const got = buildTimeline({
    appEvents: [
      app(1, "created", 0),
      app(2, "send_failed", 1, { kind: "retryable", httpStatus: 503, code: "provider_unavailable", message: "Try later" }),
      app(3, "provider_rejected", 20, { httpStatus: 422, code: "number_unreachable", message: "This number cannot receive calls" }),
    ],
    providerEvents: [wh("voice_call.transferred", 25, 25)],
    placedByName: null,
    timeZone: LA,
  });
  assert.deepEqual(
    got.map((e) => [e.label, e.detail]),
    [
      ["Call requested", null],
      ["Could not reach provider, retrying", "Try later · HTTP 503 provider_unavailable"],
      ["Refused by provider", "This number cannot receive calls · HTTP 422 number_unreachable"],
      ["Unrecognised event “voice_call.transferred”", "Stored; changes nothing"],
    ],
  );
});
