import assert from "node:assert/strict";
import { test } from "node:test";
import { toBusinessHours } from "./business-hours";
import { parseHoursSpec } from "./hours-spec";

test("a command-line hours spec becomes the stored business hours", () => {
  const parsed = parseHoursSpec("mon-fri 07:30-17:00, sat 09:00-12:00");
  assert.ok(parsed.ok);
  assert.deepEqual(toBusinessHours(parsed.rows), {
    "1": { open: "07:30", close: "17:00" },
    "2": { open: "07:30", close: "17:00" },
    "3": { open: "07:30", close: "17:00" },
    "4": { open: "07:30", close: "17:00" },
    "5": { open: "07:30", close: "17:00" },
    "6": { open: "09:00", close: "12:00" },
  });
});

test("a range may wrap the week; unreadable parts are named", () => {
  const wrap = parseHoursSpec("sat-mon 10:00-14:00");
  assert.ok(wrap.ok);
  assert.deepEqual(Object.keys(toBusinessHours(wrap.rows)).sort(), ["0", "1", "6"]);
  const bad = parseHoursSpec("weekdays 8-5");
  assert.equal(bad.ok, false);
  assert.match(!bad.ok ? bad.error : "", /weekdays 8-5/);
  assert.equal(parseHoursSpec("fun 08:00-09:00").ok, false);
});
