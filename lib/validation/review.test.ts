import assert from "node:assert/strict";
import { test } from "node:test";
import { reclassifyCallSchema as reclassifyFor, resolveAttentionSchema, reviewCallSchema } from "./review";

const callId = "6f1c1f1e-8f53-4c8e-9a52-0d7a3c1b2e40";
// Noon on 2026-11-30 in Los Angeles.
const reclassifyCallSchema = reclassifyFor({ timeZone: "America/Los_Angeles", now: new Date("2026-11-30T20:00:00Z") });

test("review: blank rating means none, a rating outside 1–5 and a long note are refused", () => {
  assert.deepEqual(reviewCallSchema.parse({ callId, reviewed: true, rating: "", note: "  ok  " }), {
    callId,
    reviewed: true,
    rating: undefined,
    note: "ok",
  });
  assert.equal(reviewCallSchema.parse({ callId, reviewed: false, rating: "4", note: "" }).rating, 4);
  const bad = reviewCallSchema.safeParse({ callId, reviewed: true, rating: "6", note: "x".repeat(2001) });
  assert.deepEqual(
    bad.error?.issues.map((i) => i.path.join(".")),
    ["rating", "note"],
  );
});

test("reclassify: a type and a reason are required; blank details are dropped; bad details are refused", () => {
  const missing = reclassifyCallSchema.safeParse({ callId, newType: "", reason: "  " });
  assert.deepEqual(
    missing.error?.issues.map((i) => i.path.join(".")),
    ["newType", "reason"],
  );
  const blank = reclassifyCallSchema.parse({
    callId,
    newType: "payment_promised",
    reason: "Heard it",
    callbackAt: "",
    amount: "",
    promisedDate: "",
  });
  assert.equal(blank.amount, undefined);
  assert.equal(blank.callbackAt, undefined);
  const full = reclassifyCallSchema.parse({
    callId,
    newType: "payment_promised",
    reason: "Heard it",
    amount: "125.50",
    promisedDate: "2026-12-03",
  });
  assert.equal(full.amount, 125.5);
  const wrong = reclassifyCallSchema.safeParse({
    callId,
    newType: "callback_requested",
    reason: "r",
    callbackAt: "tomorrow",
    amount: "-3",
    promisedDate: "12/03",
  });
  assert.deepEqual(
    wrong.error?.issues.map((i) => i.path.join(".")),
    ["callbackAt", "amount", "promisedDate"],
  );
  assert.equal(reclassifyCallSchema.safeParse({ callId, newType: "warranty_claim", reason: "r" }).success, false);
});

test("reclassify: a callback time is a real date, ahead in the workspace's zone, within a year", () => {
  const callbackAt = (value: string) =>
    reclassifyCallSchema.safeParse({ callId, newType: "callback_requested", reason: "Asked to be called", callbackAt: value }).error
      ?.issues[0]?.message;
  assert.equal(callbackAt("2027-13-45T25:00"), "Not a real date and time: check the month, day and hour");
  assert.equal(callbackAt("2026-11-30T11:00"), "This time has passed: pick a later one");
  assert.equal(callbackAt("2028-01-05T10:00"), "More than a year ahead: check the year");
  assert.equal(callbackAt("2026-12-01T10:00"), undefined);
  const appointment = reclassifyCallSchema.safeParse({
    callId,
    newType: "appointment_scheduled",
    reason: "r",
    appointmentStart: "2026-02-30T10:00",
  });
  assert.deepEqual(
    appointment.error?.issues.map((i) => i.path.join(".")),
    ["appointmentStart"],
  );
});

test("resolving an attention item needs a short note", () => {
  assert.equal(resolveAttentionSchema.safeParse({ itemId: callId, note: " " }).success, false);
  assert.equal(resolveAttentionSchema.safeParse({ itemId: callId, note: "x".repeat(501) }).success, false);
  assert.equal(resolveAttentionSchema.parse({ itemId: callId, note: " Called them " }).note, "Called them");
});
