import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { isWithinCallingHours } from "@/lib/compliance/calling-hours";
import { instantToWallTime, wallTimeToInstant } from "@/lib/time/zoned";
import { isOpenForAll, nextDialInstant, type CampaignWindow } from "./window";

const window = (over: Partial<CampaignWindow> = {}): CampaignWindow => ({
  startDate: "2026-12-01",
  endDate: "2026-12-05",
  dailyStartMinute: 9 * 60,
  dailyEndMinute: 18 * 60,
  ...over,
});

test("a row inside its window is dialled now", () => {
  const now = wallTimeToInstant("2026-12-02T10:30", "America/Chicago");
  assert.equal(nextDialInstant(now, ["America/Chicago"], window())?.getTime(), now.getTime());
});

test("before the daily start it waits for the start in the callee's zone, not ours", () => {
  const now = wallTimeToInstant("2026-12-02T07:10", "America/Los_Angeles");
  const at = nextDialInstant(now, ["America/Los_Angeles"], window());
  assert.equal(at && instantToWallTime(at, "America/Los_Angeles"), "2026-12-02T09:00");
});

test("after the daily end it waits for the next day; after the last day, never", () => {
  const late = wallTimeToInstant("2026-12-02T18:00", "America/New_York");
  assert.equal(instantToWallTime(nextDialInstant(late, ["America/New_York"], window())!, "America/New_York"), "2026-12-03T09:00");
  const over = wallTimeToInstant("2026-12-05T18:30", "America/New_York");
  assert.equal(nextDialInstant(over, ["America/New_York"], window()), null);
});

test("stored daily hours wider than the law are dialled within 8:00–21:00 only", () => {
  const early = wallTimeToInstant("2026-12-02T07:30", "America/Denver");
  const at = nextDialInstant(early, ["America/Denver"], window({ dailyStartMinute: 6 * 60, dailyEndMinute: 23 * 60 }));
  assert.equal(at && instantToWallTime(at, "America/Denver"), "2026-12-02T08:00");
});

test("a number spanning two zones waits until the window is open in both", () => {
  const now = wallTimeToInstant("2026-12-02T08:30", "America/Chicago");
  const zones = ["America/Chicago", "America/Denver"];
  const at = nextDialInstant(now, zones, window());
  assert.equal(at && instantToWallTime(at, "America/Denver"), "2026-12-02T09:00");
});

const ZONES = [
  "America/Los_Angeles",
  "America/New_York",
  "America/Chicago",
  "America/Denver",
  "America/Phoenix",
  "America/St_Johns",
  "Pacific/Honolulu",
  "America/Anchorage",
  "Pacific/Guam",
  "Europe/London",
  "Australia/Lord_Howe",
];

// Property: whatever the zones, window and clock (DST changes included: the dates span March and
// November), the instant the scheduler picks is never before now, always inside the legal calling
// hours in every zone of the callee, and inside the campaign's own window there.
test("property: a row is never dialled outside its callee's hours or its campaign window", () => {
  fc.assert(
    fc.property(
      fc.date({ min: new Date("2026-01-01T00:00:00Z"), max: new Date("2027-12-31T00:00:00Z"), noInvalidDate: true }),
      fc.uniqueArray(fc.constantFrom(...ZONES), { minLength: 1, maxLength: 3 }),
      fc.integer({ min: 0, max: 20 }),
      fc.integer({ min: 0, max: 40 }),
      fc.integer({ min: 6 * 60, max: 20 * 60 }),
      fc.integer({ min: 30, max: 12 * 60 }),
      (now, zones, startOffsetDays, spanDays, dailyStart, length) => {
        const first = new Date(now.getTime() + (startOffsetDays - 10) * 86_400_000).toISOString().slice(0, 10);
        const last = new Date(Date.parse(`${first}T00:00:00Z`) + spanDays * 86_400_000).toISOString().slice(0, 10);
        const w = window({
          startDate: first,
          endDate: last,
          dailyStartMinute: dailyStart,
          dailyEndMinute: Math.min(dailyStart + length, 23 * 60),
        });
        const at = nextDialInstant(now, zones, w);
        if (at === null) return;
        assert.ok(at.getTime() >= now.getTime(), "not in the past");
        assert.ok(isWithinCallingHours(at, zones), `legal hours: ${at.toISOString()} ${zones.join(",")}`);
        assert.ok(isOpenForAll(at, zones, w), "inside the campaign's window");
      },
    ),
    { numRuns: 2000 },
  );
});
