import assert from "node:assert/strict";
import { test } from "node:test";
import { periodFor } from "./period";

const LA = "America/Los_Angeles";
const NOW = new Date("2026-03-20T19:00:00Z"); // noon in Los Angeles

test("today, 7 and 30 days end at the next local midnight; the previous period is as many days before", () => {
  const today = periodFor({ range: "today" }, LA, NOW);
  assert.equal(today.from.toISOString(), "2026-03-20T07:00:00.000Z");
  assert.equal(today.to.toISOString(), "2026-03-21T07:00:00.000Z");
  assert.equal(today.previousFrom.toISOString(), "2026-03-19T07:00:00.000Z");
  assert.deepEqual(today.days, ["2026-03-20"]);

  const week = periodFor({ range: "7d" }, LA, NOW);
  assert.deepEqual([week.firstDay, week.lastDay, week.days.length], ["2026-03-14", "2026-03-20", 7]);
  // Mar 7 began in standard time (UTC-8); the switch to daylight time was on Mar 8.
  assert.equal(week.previousFrom.toISOString(), "2026-03-07T08:00:00.000Z");

  const month = periodFor({ range: "30d" }, LA, NOW);
  assert.deepEqual([month.firstDay, month.days.length], ["2026-02-19", 30]);
});

test("the local date decides 'today', not UTC's", () => {
  const lateEvening = new Date("2026-03-21T06:30:00Z"); // 11:30 PM on Mar 20 in Los Angeles
  assert.equal(periodFor({ range: "today" }, LA, lateEvening).firstDay, "2026-03-20");
  assert.equal(periodFor({ range: "today" }, "Asia/Tokyo", lateEvening).firstDay, "2026-03-21");
});

test("custom ranges: inclusive, swapped when reversed, completed when half given, capped at a year", () => {
  const custom = periodFor({ range: "custom", from: "2026-01-01", to: "2026-01-31" }, LA, NOW);
  assert.deepEqual([custom.days.length, custom.to.toISOString()], [31, "2026-02-01T08:00:00.000Z"]);
  assert.equal(custom.previousFrom.toISOString(), "2025-12-01T08:00:00.000Z");
  assert.deepEqual(periodFor({ range: "custom", from: "2026-01-31", to: "2026-01-01" }, LA, NOW).firstDay, "2026-01-01");
  assert.deepEqual(periodFor({ range: "custom", from: "2026-03-01" }, LA, NOW).lastDay, "2026-03-20");
  assert.equal(periodFor({ range: "custom", to: "2026-03-10" }, LA, NOW).days.length, 30);
  assert.equal(periodFor({ range: "custom", from: "2020-01-01", to: "2026-01-01" }, LA, NOW).days.length, 366);
});
