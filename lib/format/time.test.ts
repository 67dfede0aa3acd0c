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
