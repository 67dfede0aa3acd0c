import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { instantToWallTime, toOffsetIso, wallTimeToInstant } from "./zoned";

test("wall time in a zone to an offset ISO string", () => {
  assert.equal(
    toOffsetIso(wallTimeToInstant("2026-11-26T09:00", "America/Los_Angeles"), "America/Los_Angeles"),
    "2026-11-26T09:00:00-08:00",
  );
  assert.equal(toOffsetIso(wallTimeToInstant("2026-07-01T14:30", "America/Chicago"), "America/Chicago"), "2026-07-01T14:30:00-05:00");
  assert.equal(toOffsetIso(wallTimeToInstant("2026-07-01T14:30", "Asia/Kolkata"), "Asia/Kolkata"), "2026-07-01T14:30:00+05:30");
});

test("a time in the spring-forward gap moves forward; an overlap takes the earlier instant", () => {
  // 2026-03-08 02:30 does not exist in Los Angeles.
  assert.equal(
    toOffsetIso(wallTimeToInstant("2026-03-08T02:30", "America/Los_Angeles"), "America/Los_Angeles"),
    "2026-03-08T03:30:00-07:00",
  );
  // 2026-11-01 01:30 happens twice; the first is still PDT.
  assert.equal(wallTimeToInstant("2026-11-01T01:30", "America/Los_Angeles").toISOString(), "2026-11-01T08:30:00.000Z");
});

test("instant -> wall time -> instant is the identity on whole minutes", () => {
  const zones = [
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Phoenix",
    "America/Los_Angeles",
    "America/Anchorage",
    "Pacific/Honolulu",
  ];
  fc.assert(
    fc.property(
      fc.integer({ min: Date.UTC(2024, 0, 1) / 60_000, max: Date.UTC(2030, 0, 1) / 60_000 }),
      fc.constantFrom(...zones),
      (minute, zone) => {
        const instant = new Date(minute * 60_000);
        const back = wallTimeToInstant(instantToWallTime(instant, zone), zone);
        // In a fall-back overlap the wall time names two instants; we pick the earlier one.
        assert.ok(back.getTime() === instant.getTime() || instant.getTime() - back.getTime() === 3_600_000);
      },
    ),
    { numRuns: 2000 },
  );
});
