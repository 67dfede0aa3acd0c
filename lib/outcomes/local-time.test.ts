import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { zonedParts } from "@/lib/time/zoned";
import { localTime } from "./export-csv";

// The export's fast local time must write exactly what Intl writes, in zones with half- and
// quarter-hour offsets and daylight saving, across transitions.
const ZONES = [
  "America/New_York",
  "America/Phoenix",
  "America/St_Johns",
  "Australia/Lord_Howe",
  "Asia/Kathmandu",
  "Pacific/Chatham",
  "Europe/London",
  "UTC",
];

const pad = (n: number) => String(n).padStart(2, "0");

/** The slow way, for reference: Intl's parts for every instant. */
function intl(timeZone: string) {
  return (d: Date) => {
    const z = zonedParts(d, timeZone);
    return `${z.year}-${pad(z.month)}-${pad(z.day)} ${pad(z.hour)}:${pad(z.minute)}:${pad(z.second)}`;
  };
}

test("local times match Intl for any instant, in every kind of zone", () => {
  const from = Date.UTC(2000, 0, 1);
  const to = Date.UTC(2040, 0, 1);
  fc.assert(
    fc.property(
      fc.constantFrom(...ZONES),
      fc.array(fc.integer({ min: from, max: to }), { minLength: 1, maxLength: 50 }),
      (zone, instants) => {
        const fast = localTime(zone);
        const slow = intl(zone);
        for (const ms of instants) assert.equal(fast(new Date(ms)), slow(new Date(ms)), `${zone} ${new Date(ms).toISOString()}`);
      },
    ),
    { numRuns: 300 },
  );
});

test("around a daylight-saving change, second by second", () => {
  const fast = localTime("America/New_York");
  const slow = intl("America/New_York");
  // 2026-03-08 02:00 EST → 03:00 EDT happens at 07:00 UTC; 2026-11-01 02:00 EDT → 01:00 EST at 06:00 UTC.
  for (const change of [Date.UTC(2026, 2, 8, 7), Date.UTC(2026, 10, 1, 6)]) {
    for (let ms = change - 5000; ms <= change + 5000; ms += 1000) assert.equal(fast(new Date(ms)), slow(new Date(ms)));
  }
  assert.equal(fast(new Date(Date.UTC(2026, 2, 8, 6, 59, 59))), "2026-03-08 01:59:59");
  assert.equal(fast(new Date(Date.UTC(2026, 2, 8, 7, 0, 0))), "2026-03-08 03:00:00");
});

test("a change inside a quarter hour (St John's switched at 00:01 until 2011) is read to the minute", () => {
  const fast = localTime("America/St_Johns");
  const slow = intl("America/St_Johns");
  // 2001-10-28 02:31 UTC: daylight time ended at 00:01 local; the minutes either side of it.
  for (let ms = Date.UTC(2001, 9, 28, 2, 25); ms <= Date.UTC(2001, 9, 28, 2, 40); ms += 30_000)
    assert.equal(fast(new Date(ms)), slow(new Date(ms)), new Date(ms).toISOString());
});
