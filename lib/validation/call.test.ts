import assert from "node:assert/strict";
import { test } from "node:test";
import { placeCallSchema, requiredContextByPurpose, type CallRules, type PlaceCallInput } from "./call";

// 2026-11-30 12:00 in Los Angeles: slots are written in the workspace's zone.
const RULES: CallRules = { timeZone: "America/Los_Angeles", allowedCountries: ["US", "CA"], now: new Date("2026-11-30T20:00:00Z") };

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

function errors(input: unknown, rules: CallRules = RULES) {
  const r = placeCallSchema(rules).safeParse(input);
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
  assert.equal(errors({ ...valid, slots: [{ ...slot, end: "2026-12-01T08:00" }] })["slots.0.end"], "End must be after start");
  assert.deepEqual(Object.keys(errors({ ...valid, slots: [slot] })), ["slots.0.end"]);
  assert.deepEqual(errors({ ...valid, slots: [{ ...slot, end: "2026-12-01T11:00" }] }), {});
  assert.ok(errors({ ...valid, slots: [{ start: "tomorrow", end: "2026-12-01T11:00" }] })["slots.0.start"]);
});

test("purpose must be one of the provider's seven", () => {
  assert.ok(errors({ ...valid, purpose: "sales" }).purpose);
});

test("slot times are real dates: an impossible one is refused, never rolled over", () => {
  for (const start of ["2027-13-45T25:00", "2026-02-29T09:00", "2026-12-32T09:00", "2026-12-01T24:00", "2026-12-01T09:60"]) {
    assert.equal(
      errors({ ...valid, slots: [{ start, end: "2026-12-01T11:00" }] })["slots.0.start"],
      "Not a real date and time: check the month, day and hour",
      start,
    );
  }
  assert.deepEqual(
    errors(
      { ...valid, slots: [{ start: "2028-02-29T09:00", end: "2028-02-29T11:00" }] },
      { ...RULES, now: new Date("2027-06-01T00:00:00Z") },
    ),
    {},
    "a leap day",
  );
  assert.equal(errors({ ...valid, slots: [{ start: "", end: "" }] })["slots.0.start"], "Pick a date and time");
});

test("slots lie ahead in the workspace's zone, and within a year", () => {
  // 11:30 in Los Angeles is already past at 12:00 there, though 11:30 UTC-5 would not be.
  assert.equal(
    errors({ ...valid, slots: [{ start: "2026-11-30T11:30", end: "2026-11-30T13:30" }] })["slots.0.start"],
    "This time has passed: pick a later one",
  );
  assert.deepEqual(errors({ ...valid, slots: [{ start: "2026-11-30T12:30", end: "2026-11-30T14:30" }] }), {});
  assert.equal(
    errors({ ...valid, slots: [{ start: "2027-12-02T09:00", end: "2027-12-02T11:00" }] })["slots.0.start"],
    "More than a year ahead: check the year",
  );
  assert.equal(
    errors({ ...valid, slots: [{ start: "2026-11-30T12:30", end: "2026-11-30T14:30" }] }, { ...RULES, timeZone: "America/New_York" })[
      "slots.0.start"
    ],
    "This time has passed: pick a later one",
  );
});

test("a slot lasts 15 minutes to 10 hours, and fits the service", () => {
  const slot = (end: string) => ({ ...valid, slots: [{ start: "2026-12-01T09:00", end }] });
  assert.equal(errors(slot("2026-12-01T09:10"))["slots.0.end"], "A slot lasts at least 15 minutes");
  assert.equal(errors(slot("2026-12-01T19:01"))["slots.0.end"], "A slot lasts at most 10 hours");
  assert.deepEqual(errors(slot("2026-12-01T19:00")), {});
  assert.equal(errors({ ...slot("2026-12-01T10:00"), serviceDurationMinutes: 120 })["slots.0.end"], "Shorter than the 120-minute service");
  assert.deepEqual(errors({ ...slot("2026-12-01T11:00"), serviceDurationMinutes: 120 }), {});
});

test("numbers the assistant must not dial are refused with the reason", () => {
  const reason = (phoneNumber: string, rules: CallRules = RULES) => errors({ ...valid, phoneNumber }, rules).phoneNumber;
  assert.match(reason("+1 900 555 0123")!, /premium-rate/);
  assert.match(reason("(213) 976-1234")!, /976 numbers/);
  assert.match(reason("1-800-555-0199")!, /toll-free/);
  assert.match(reason("+1 500 555 0123")!, /personal number/);
  assert.match(reason("(310) 555-0123 ext. 45")!, /cannot dial extensions \(ext. 45\)/);
  assert.match(reason("310-555-0123 x12")!, /cannot dial extensions/);
  assert.equal(reason("+44 20 7123 4567"), "This workspace calls numbers in the US and Canada only; this one is in United Kingdom.");
  assert.equal(reason("+1 416 555 0123"), undefined, "Canada is allowed by default");
  assert.match(reason("+1 416 555 0123", { ...RULES, allowedCountries: ["US"] })!, /in the US only; this one is in Canada/);
  assert.equal(reason("+44 20 7123 4567", { ...RULES, allowedCountries: ["US", "GB"] }), undefined);
  for (const territory of ["+1 787 555 0123", "+1 671 555 0123"])
    assert.equal(reason(territory), undefined, `${territory}: US territories count as the US`);
});
