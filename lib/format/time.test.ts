import assert from "node:assert/strict";
import { test } from "node:test";
import { formatSlot } from "./time";

const LA = "America/Los_Angeles";
const now = new Date("2026-11-30T20:00:00Z");

test("a slot shows its year only when it is not this year's", () => {
  assert.equal(
    formatSlot(new Date("2026-12-01T17:00:00Z"), new Date("2026-12-01T19:00:00Z"), LA, now),
    "Tue, Dec 1 · 9:00 AM – 11:00 AM PST",
  );
  assert.equal(
    formatSlot(new Date("2027-01-05T17:00:00Z"), new Date("2027-01-05T19:00:00Z"), LA, now),
    "Tue, Jan 5, 2027 · 9:00 AM – 11:00 AM PST",
  );
});

test("zones read as their common names, never as IANA ids", async () => {
  const { zoneName } = await import("./time");
  assert.equal(zoneName("America/Los_Angeles"), "Pacific Time");
  assert.equal(zoneName("America/Chicago"), "Central Time");
  assert.equal(zoneName("America/New_York"), "Eastern Time");
  // Etc/GMT+6 is six hours behind UTC: POSIX inverts the sign.
  assert.equal(zoneName("Etc/GMT+6"), "UTC−6");
  assert.equal(zoneName("Etc/GMT-10"), "UTC+10");
  assert.equal(zoneName("UTC"), "UTC");
});

test("a held call goes out at the customer's time, with the office's beside it", async () => {
  const { formatGoesOut } = await import("./time");
  const eightInNewYork = new Date("2026-12-01T13:00:00Z");
  assert.equal(
    formatGoesOut(eightInNewYork, "America/New_York", LA, new Date("2026-12-01T12:00:00Z")),
    "8:00 AM (customer's time) · 5:00 AM office time",
  );
  // Another day for the office: the weekday comes first.
  assert.equal(
    formatGoesOut(eightInNewYork, "America/New_York", LA, new Date("2026-11-30T12:00:00Z")),
    "Tue 8:00 AM (customer's time) · 5:00 AM office time",
  );
  // Same clock in both zones: said once.
  assert.equal(formatGoesOut(new Date("2026-12-01T16:00:00Z"), LA, LA, new Date("2026-12-01T15:00:00Z")), "8:00 AM");
});

test("durations in words a person reads", async () => {
  const { formatDuration } = await import("./time");
  assert.equal(formatDuration(45), "45 s");
  assert.equal(formatDuration(134), "2 min 14 s");
  assert.equal(formatDuration(3780), "1 h 3 min");
  assert.equal(formatDuration(null), "—");
});

test("counts agree with their noun", async () => {
  const { countOf } = await import("./words");
  assert.equal(countOf(1, "event"), "1 event");
  assert.equal(countOf(3, "event"), "3 events");
  assert.equal(countOf(1204, "call"), "1,204 calls");
});
