import assert from "node:assert/strict";
import { test } from "node:test";
import { outcomesQuery } from "@/lib/outcomes/url";
import { filtersForAudit, parseOutcomeFilters } from "./outcomes";

test("no parameters: the last 30 days, newest first, nothing narrowed", () => {
  assert.deepEqual(parseOutcomeFilters({}), { range: "30d", sort: "created", dir: "desc" });
});

test("every filter parses from the URL", () => {
  const id = "3f1c0c9e-8a4b-4c3d-9e2f-1a2b3c4d5e6f";
  const f = parseOutcomeFilters(
    new URLSearchParams({
      range: "custom",
      from: "2026-01-01",
      to: "2026-01-31",
      purpose: "collections",
      assistantId: id,
      dispatcherId: id,
      outcome: "none",
      answeredBy: "human",
      status: "completed",
      reviewed: "no",
      q: "  furnace  ",
      sort: "duration",
      dir: "asc",
    }),
  );
  assert.deepEqual(f, {
    range: "custom",
    from: "2026-01-01",
    to: "2026-01-31",
    purpose: "collections",
    assistantId: id,
    dispatcherId: id,
    outcome: "none",
    answeredBy: "human",
    status: "completed",
    reviewed: "no",
    q: "furnace",
    sort: "duration",
    dir: "asc",
  });
});

test("a bad value is dropped rather than breaking the page", () => {
  const f = parseOutcomeFilters({
    range: "forever",
    from: "yesterday",
    purpose: "sales",
    assistantId: "1 or 1=1",
    outcome: "maybe",
    sort: "name",
    dir: "sideways",
    q: "",
    reviewed: ["yes", "no"],
  });
  assert.deepEqual(f, { range: "30d", reviewed: "yes", sort: "created", dir: "desc" });
});

test("the URL of a view leaves defaults out and round-trips", () => {
  const f = parseOutcomeFilters({ range: "7d", purpose: "callback", q: "no heat", cursor: "abc" });
  assert.equal(outcomesQuery(f), "?range=7d&purpose=callback&q=no+heat&cursor=abc");
  assert.equal(outcomesQuery(f, { cursor: null, sort: "duration" }), "?range=7d&purpose=callback&q=no+heat&sort=duration");
  assert.equal(outcomesQuery(parseOutcomeFilters({})), "");
  // Dates belong to a custom range only.
  assert.equal(outcomesQuery(parseOutcomeFilters({ range: "today", from: "2026-01-01" })), "?range=today");
  assert.deepEqual(parseOutcomeFilters(new URLSearchParams(outcomesQuery(f).slice(1))), f);
});

test("an export records the filters without the page cursor", () => {
  assert.deepEqual(filtersForAudit(parseOutcomeFilters({ range: "7d", status: "failed", cursor: "abc" })), {
    range: "7d",
    status: "failed",
    sort: "created",
    dir: "desc",
  });
});
