import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { localTime } from "./export-csv";

test("the export's local times equal Intl's, across DST changes and odd offsets", () => {
  const zones = ["America/Los_Angeles", "America/St_Johns", "Asia/Kathmandu", "Australia/Lord_Howe", "Europe/London", "UTC"];
  for (const zone of zones) {
    const fast = localTime(zone);
    const slow = new Intl.DateTimeFormat("en-CA", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    // Any instant in ten years, and instants within two hours of this zone's 2026 changes.
    const near = [
      Date.UTC(2026, 2, 8, 10),
      Date.UTC(2026, 10, 1, 9),
      Date.UTC(2026, 2, 29, 1),
      Date.UTC(2026, 3, 4, 15),
      Date.UTC(2026, 9, 3, 15),
    ];
    const instants = fc.oneof(
      fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
      fc.constantFrom(...near).chain((t) => fc.integer({ min: t - 7_200_000, max: t + 7_200_000 })),
    );
    fc.assert(
      fc.property(instants, (ms) => {
        const d = new Date(ms);
        assert.equal(fast(d), slow.format(d).replace(", ", " "), `${zone} ${d.toISOString()}`);
      }),
      { numRuns: 3000 },
    );
  }
});
