import assert from "node:assert/strict";
import { test } from "node:test";
import { businessMsBetween } from "./business-hours";

const LA = "America/Los_Angeles";
const weekdays = Object.fromEntries(["1", "2", "3", "4", "5"].map((d) => [d, { open: "08:00", close: "17:00" }]));
const opts = { businessHours: weekdays, timeZone: LA };
const min = 60_000;

test("a call missed after hours starts its SLA clock at opening", () => {
  // Mon 30 Nov 2026, 11 PM in Los Angeles (07:00Z Tuesday) to Tue 8:10 AM (16:10Z).
  assert.equal(businessMsBetween(new Date("2026-12-01T07:00:00Z"), new Date("2026-12-01T16:10:00Z"), opts), 10 * min);
});

test("a wait inside opening hours counts in full", () => {
  assert.equal(businessMsBetween(new Date("2026-11-30T17:00:00Z"), new Date("2026-11-30T17:42:00Z"), opts), 42 * min);
});

test("a weekend counts nothing: Friday 4:30 PM to Monday 8:15 AM is 45 minutes", () => {
  assert.equal(businessMsBetween(new Date("2026-11-28T00:30:00Z"), new Date("2026-11-30T16:15:00Z"), opts), 45 * min);
});

test("a holiday counts nothing", () => {
  const from = new Date("2026-11-26T16:00:00Z"); // Thanksgiving, 8 AM
  const to = new Date("2026-11-27T16:30:00Z"); // Friday 8:30 AM
  assert.equal(businessMsBetween(from, to, { ...opts, holidays: ["2026-11-26"] }), 30 * min);
  assert.equal(businessMsBetween(from, to, opts), 9 * 60 * min + 30 * min);
});

test("the day clocks change is measured in real time", () => {
  // Sun 8 Mar 2026 is the spring-forward day; open every day 00:00-23:59 on it.
  const everyDay = Object.fromEntries(["0", "1", "2", "3", "4", "5", "6"].map((d) => [d, { open: "00:00", close: "23:59" }]));
  const got = businessMsBetween(new Date("2026-03-08T08:00:00Z"), new Date("2026-03-08T12:00:00Z"), {
    businessHours: everyDay,
    timeZone: LA,
  });
  assert.equal(got, 4 * 60 * min);
});

test("no opening hours at all: the whole wait counts", () => {
  assert.equal(
    businessMsBetween(new Date("2026-12-01T07:00:00Z"), new Date("2026-12-01T08:00:00Z"), { businessHours: {}, timeZone: LA }),
    60 * min,
  );
});
