import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { checkCollections, COLLECTIONS_WINDOW_MS, type PriorCall } from "./collections";

const now = new Date("2026-11-25T18:00:00Z");
const DAY = 86_400_000;
const attempt = (daysAgo: number, over: Partial<PriorCall> = {}): PriorCall => ({
  createdAt: new Date(now.getTime() - daysAgo * DAY),
  purpose: "collections",
  status: "no_answer",
  answeredBy: null,
  endedAt: null,
  ...over,
});

test("the 8th collections attempt within 7 days is refused until the oldest falls out", () => {
  const prior = [0.1, 1, 2, 3, 4, 5, 6.5].map((d) => attempt(d));
  const verdict = checkCollections(now, prior);
  assert.equal(verdict.ok, false);
  assert.ok(!verdict.ok && verdict.rule === "collections_attempts");
  assert.equal(!verdict.ok && verdict.allowedAt.toISOString(), new Date(now.getTime() - 6.5 * DAY + 7 * DAY).toISOString());
  assert.equal(checkCollections(now, prior.slice(1)).ok, true);
});

test("other purposes, blocked and scheduled calls are not collections attempts", () => {
  const prior = [
    ...[1, 2, 3, 4, 5, 6].map((d) => attempt(d)),
    attempt(1, { purpose: "follow_up" }),
    attempt(1, { status: "blocked" }),
    attempt(1, { status: "scheduled" }),
    attempt(1, { status: "rejected" }),
  ];
  assert.equal(checkCollections(now, prior).ok, true);
});

test("no call within 7 days after a connected collections conversation", () => {
  const talked = attempt(3, { status: "completed", answeredBy: "human", endedAt: new Date(now.getTime() - 3 * DAY) });
  const verdict = checkCollections(now, [talked]);
  assert.ok(!verdict.ok && verdict.rule === "collections_conversation");
  assert.equal(!verdict.ok && verdict.allowedAt.toISOString(), new Date(now.getTime() + 4 * DAY).toISOString());
  // A voicemail is not a conversation.
  assert.equal(checkCollections(now, [{ ...talked, answeredBy: "voicemail" }]).ok, true);
});

test("property: in any history, accepting means at most 6 attempts in the window; refusing names a later time when the rule lifts", () => {
  const history = fc.array(
    fc.record({
      ago: fc.integer({ min: 0, max: 14 * 24 * 60 }),
      connected: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
      purpose: fc.constantFrom("collections", "collections", "collections", "follow_up"),
    }),
    { maxLength: 20 },
  );
  fc.assert(
    fc.property(history, (entries) => {
      const prior = entries.map((e) =>
        attempt(
          e.ago / (24 * 60),
          e.connected
            ? { status: "completed", answeredBy: "human", endedAt: new Date(now.getTime() - e.ago * 60_000), purpose: e.purpose }
            : { purpose: e.purpose },
        ),
      );
      const verdict = checkCollections(now, prior);
      const inWindow = prior.filter((p) => p.purpose === "collections" && p.createdAt.getTime() > now.getTime() - COLLECTIONS_WINDOW_MS);
      if (verdict.ok) {
        assert.ok(inWindow.length <= 6);
        assert.ok(!inWindow.some((p) => p.answeredBy === "human"));
        return;
      }
      assert.ok(verdict.allowedAt.getTime() > now.getTime());
      // At allowedAt (with no new calls) the rule that refused has lifted.
      const at = verdict.allowedAt.getTime();
      if (verdict.rule === "collections_attempts") {
        const still = prior.filter((p) => p.purpose === "collections" && p.createdAt.getTime() > at - COLLECTIONS_WINDOW_MS);
        assert.ok(still.length <= 6, `${still.length} attempts still in the window at allowedAt`);
      } else {
        const talks = prior.filter(
          (p) => p.purpose === "collections" && p.answeredBy === "human" && p.endedAt!.getTime() > at - COLLECTIONS_WINDOW_MS,
        );
        assert.equal(talks.length, 0);
      }
    }),
    { numRuns: 1000 },
  );
});
