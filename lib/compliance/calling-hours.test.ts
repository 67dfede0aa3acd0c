import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { isWithinCallingHours, nextAllowedInstant } from "./calling-hours";
import { zonedParts } from "@/lib/time/zoned";
import { zonesForCustomer } from "./phone-zones";

const US_ZONES = [
  "America/New_York",
  "America/Chicago",
  "America/Denver",
  "America/Phoenix",
  "America/Los_Angeles",
  "America/Anchorage",
  "Pacific/Honolulu",
  "America/Indiana/Indianapolis",
  "America/Boise",
];
// 2024-2030 covers several DST changes in both directions.
const instant = fc.integer({ min: Date.UTC(2024, 0, 1) / 60_000, max: Date.UTC(2030, 11, 31) / 60_000 }).map((m) => new Date(m * 60_000));
const zoneSet = fc.uniqueArray(fc.constantFrom(...US_ZONES), { minLength: 1, maxLength: 3 });

test("inside the window means 8:00 <= local time < 21:00 in every zone", () => {
  fc.assert(
    fc.property(instant, zoneSet, (t, zones) => {
      const expected = zones.every((z) => {
        const h = zonedParts(t, z).hour;
        return h >= 8 && h < 21;
      });
      assert.equal(isWithinCallingHours(t, zones), expected);
    }),
    { numRuns: 3000 },
  );
});

test("the next allowed time is allowed, not before now, and nothing earlier is allowed", () => {
  fc.assert(
    fc.property(instant, zoneSet, (t, zones) => {
      // Zones more than 13 h apart share no window; US mainland + Alaska + Hawaii never are.
      const next = nextAllowedInstant(t, zones);
      assert.ok(next.getTime() >= t.getTime());
      assert.ok(isWithinCallingHours(next, zones), `${next.toISOString()} not allowed in ${zones}`);
      // No earlier whole minute between t and next is allowed (sampled every 5 minutes).
      for (let m = t.getTime(); m < next.getTime(); m += 5 * 60_000) {
        assert.equal(isWithinCallingHours(new Date(m), zones), false, `${new Date(m).toISOString()} was allowed`);
      }
      if (isWithinCallingHours(t, zones)) assert.equal(next.getTime(), t.getTime());
    }),
    { numRuns: 400 },
  );
});

test("known instants around DST changes", () => {
  const la = ["America/Los_Angeles"];
  // 2026-03-08 spring forward: 07:59 PDT is not allowed, 08:00 PDT (15:00Z) is.
  assert.equal(isWithinCallingHours(new Date("2026-03-08T14:59:00Z"), la), false);
  assert.equal(nextAllowedInstant(new Date("2026-03-08T09:30:00Z"), la).toISOString(), "2026-03-08T15:00:00.000Z");
  // 2026-11-01 fall back: 08:00 PST is 16:00Z.
  assert.equal(nextAllowedInstant(new Date("2026-11-01T09:30:00Z"), la).toISOString(), "2026-11-01T16:00:00.000Z");
  // 21:00 sharp is already outside; the next window is tomorrow 08:00.
  assert.equal(nextAllowedInstant(new Date("2026-07-01T04:00:00Z"), la).toISOString(), "2026-07-01T15:00:00.000Z");
  // Eastern and Pacific together: from 8:00 Pacific (11:00 Eastern) to 21:00 Eastern (18:00 Pacific).
  const both = ["America/New_York", "America/Los_Angeles"];
  assert.equal(nextAllowedInstant(new Date("2026-07-01T12:00:00Z"), both).toISOString(), "2026-07-01T15:00:00.000Z");
  assert.equal(isWithinCallingHours(new Date("2026-07-02T01:00:00Z"), both), false);
});

test("zones come from the customer record, else the number, else the workspace", async () => {
  assert.deepEqual(await zonesForCustomer({ timeZone: "America/Denver", phone: "+13105550123" }, "America/Chicago"), {
    zones: ["America/Denver"],
    source: "customer",
  });
  assert.deepEqual(await zonesForCustomer({ timeZone: null, phone: "+13105550123" }, "America/Chicago"), {
    zones: ["America/Los_Angeles"],
    source: "phone",
  });
  const split = await zonesForCustomer({ timeZone: null, phone: "+16055550123" }, "America/Chicago");
  assert.equal(split.source, "phone");
  assert.ok(split.zones.length >= 2, "605 spans Mountain and Central");
  assert.deepEqual(await zonesForCustomer({ timeZone: null, phone: "+18005550123" }, "America/Chicago"), {
    zones: ["America/Chicago"],
    source: "workspace",
  });
});
