import assert from "node:assert/strict";
import { test } from "node:test";
import { describeAudit } from "./audit-lines";

const entry = (action: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null) => ({
  id: 1,
  action,
  actorName: "Morgan Manager",
  at: "2026-12-01T18:00:00.000Z",
  before,
  after,
});

test("a review shows only the fields that changed, before → after", () => {
  const { title, lines } = describeAudit(
    entry("call.review", { reviewed: false, rating: null, note: null }, { reviewed: true, rating: 4, note: null }),
    "America/Los_Angeles",
  );
  assert.equal(title, "Marked reviewed");
  assert.deepEqual(lines, [
    { label: "Reviewed", before: "No", after: "Yes" },
    { label: "Rating", before: "none", after: "4 of 5" },
  ]);
});

test("a reclassification names both outcomes, the reason and the new details in the workspace zone", () => {
  const { title, lines } = describeAudit(
    entry(
      "call.reclassify",
      { outcomeType: "information_provided", outcome: { type: "information_provided" } },
      {
        outcomeType: "callback_requested",
        outcome: { type: "callback_requested", callback_at: "2026-12-02T17:00:00-08:00" },
        reason: "Asked for a call back",
      },
    ),
    "America/Los_Angeles",
  );
  assert.equal(title, "Outcome reclassified");
  assert.deepEqual(lines[0], { label: "Outcome", before: "Information provided", after: "Callback requested" });
  assert.deepEqual(lines[1], { label: "Reason", before: null, after: "Asked for a call back" });
  assert.equal(lines[2].label, "Call back");
  assert.match(lines[2].after, /Dec 2.*5:00\sPM PST/);
});

test("an action the panel does not know still lists what changed", () => {
  const { title, lines } = describeAudit(entry("call.export", { format: "csv" }, { format: "xlsx", rows: 3 }), "UTC");
  assert.equal(title, "call.export");
  assert.deepEqual(lines, [
    { label: "format", before: "csv", after: "xlsx" },
    { label: "rows", before: "none", after: "3" },
  ]);
});
