import assert from "node:assert/strict";
import { test } from "node:test";
import { placeCallSchema, requiredContextByPurpose, type PlaceCallInput } from "./call";

const valid: PlaceCallInput = {
  requestKey: "8f14e45f-ceea-467f-a0e6-1d0a1b2c3d4e",
  customerId: "0b7c6a52-1f3e-4d4e-9a55-5c7b7c1d2e3f",
  phoneNumber: "(310) 555-0123",
  purpose: "follow_up",
  assistantId: "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d",
  context: {},
  slots: [],
  maxDuration: 600,
  recordCall: false,
};

function errors(input: unknown) {
  const r = placeCallSchema.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
}

test("a complete follow-up needs no context", () => {
  assert.deepEqual(errors(valid), {});
});

test("each purpose demands its own context field, and only that one", () => {
  for (const [purpose, field] of Object.entries(requiredContextByPurpose)) {
    assert.deepEqual(Object.keys(errors({ ...valid, purpose })), [`context.${field}`], purpose);
    assert.deepEqual(errors({ ...valid, purpose, context: { [field]: "Something to say" } }), {}, purpose);
  }
  assert.deepEqual(errors({ ...valid, purpose: "collections" }), {});
  assert.deepEqual(errors({ ...valid, purpose: "urgent_notification" }), {});
});

test("a blank required context field counts as missing", () => {
  assert.ok(errors({ ...valid, purpose: "callback", context: { callbackReason: "   " } })["context.callbackReason"]);
});

test("phone numbers: US formats pass, junk is a field error", () => {
  for (const phone of ["+13105550123", "310-555-0123", "(310) 555 0123", "1 310 555 0123"]) {
    assert.deepEqual(errors({ ...valid, phoneNumber: phone }), {}, phone);
  }
  for (const phone of ["555-1234", "12", "not a phone", ""]) {
    assert.ok(errors({ ...valid, phoneNumber: phone }).phoneNumber, phone);
  }
});

test("context is capped at 2,000 characters", () => {
  const long = "x".repeat(2001);
  assert.ok(errors({ ...valid, context: { previousInteraction: long } })["context.previousInteraction"]);
  assert.deepEqual(errors({ ...valid, context: { previousInteraction: long.slice(1) } }), {});
});

test("max duration stays within 30..3600 seconds", () => {
  assert.ok(errors({ ...valid, maxDuration: 29 }).maxDuration);
  assert.ok(errors({ ...valid, maxDuration: 3601 }).maxDuration);
  assert.ok(errors({ ...valid, maxDuration: 12.5 }).maxDuration);
  assert.deepEqual(errors({ ...valid, maxDuration: 30 }), {});
});

test("a slot must end after it starts", () => {
  const slot = { start: "2026-12-01T09:00", end: "2026-12-01T09:00" };
  assert.deepEqual(Object.keys(errors({ ...valid, slots: [slot] })), ["slots.0.end"]);
  assert.deepEqual(errors({ ...valid, slots: [{ ...slot, end: "2026-12-01T11:00" }] }), {});
  assert.ok(errors({ ...valid, slots: [{ start: "tomorrow", end: "2026-12-01T11:00" }] })["slots.0.start"]);
});

test("purpose must be one of the provider's seven", () => {
  assert.ok(errors({ ...valid, purpose: "sales" }).purpose);
});
