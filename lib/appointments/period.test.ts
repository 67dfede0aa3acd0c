import assert from "node:assert/strict";
import { test } from "node:test";
import { appointmentPeriod } from "./period";

test("a week runs Monday to Sunday in the workspace's zone, whatever day it is opened on", () => {
  const p = appointmentPeriod("week", "2027-03-10", "America/Los_Angeles");
  assert.deepEqual(p.days, ["2027-03-08", "2027-03-09", "2027-03-10", "2027-03-11", "2027-03-12", "2027-03-13", "2027-03-14"]);
  assert.equal(p.from.toISOString(), "2027-03-08T08:00:00.000Z");
  // DST starts on 2027-03-14: the next Monday's midnight is at -07:00.
  assert.equal(p.to.toISOString(), "2027-03-15T07:00:00.000Z");
  assert.equal(p.prev, "2027-03-03");
  assert.equal(p.next, "2027-03-17");
});

test("a day view, and a date that is no date falls back to today", () => {
  const p = appointmentPeriod("day", "2027-13-45", "America/Chicago", new Date("2027-06-01T15:00:00Z"));
  assert.deepEqual(p.days, ["2027-06-01"]);
  assert.equal(p.from.toISOString(), "2027-06-01T05:00:00.000Z");
  assert.equal(p.to.toISOString(), "2027-06-02T05:00:00.000Z");
});
