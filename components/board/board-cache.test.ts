import { test } from "node:test";
import assert from "node:assert/strict";
import type { BoardCall } from "@/lib/calls/board-call";
import { mergeFetched, upsertCall } from "./board-cache";
import { matchesFilters, readFilters } from "./filters";

const dayStart = new Date("2026-11-25T08:00:00Z");

function call(id: string, updatedAt: string, extra: Partial<BoardCall> = {}): BoardCall {
  return {
    id,
    status: "queued",
    purpose: "follow_up",
    customerId: "c1",
    customerName: "Test Booking",
    phoneNumber: "+13105550901",
    phoneDisplay: "(310) 555-0901",
    assistantId: "a1",
    campaignId: null,
    assistantName: "Callback Cathy",
    placedBy: "u1",
    placedByName: "Dana",
    providerCallId: null,
    createdAt: "2026-11-25T17:00:00Z",
    answeredAt: null,
    endedAt: null,
    updatedAt,
    answeredBy: null,
    durationSeconds: null,
    maxDuration: 300,
    outcomeType: null,
    aiSummary: null,
    needsReview: false,
    lastError: null,
    failureReason: null,
    scheduledFor: null,
    customerTimeZone: null,
    canceledAt: null,
    attention: [],
    ...extra,
  };
}

test("a new call goes on top; a newer copy replaces the old one in place", () => {
  const a = call("a", "2026-11-25T17:00:01Z");
  const b = call("b", "2026-11-25T17:00:02Z");
  assert.deepEqual(
    upsertCall([a], b, dayStart).map((c) => c.id),
    ["b", "a"],
  );
  const ringing = call("a", "2026-11-25T17:00:05Z", { status: "ringing" });
  assert.equal(upsertCall([b, a], ringing, dayStart)[1].status, "ringing");
});

test("an older copy of a call, replayed or retried, never replaces a newer one", () => {
  const done = call("a", "2026-11-25T17:01:00Z", { status: "completed" });
  const stale = call("a", "2026-11-25T17:00:30Z", { status: "in_progress" });
  const calls = [done];
  assert.equal(upsertCall(calls, stale, dayStart), calls);
});

test("a late event for yesterday's call does not bring it back", () => {
  const old = call("y", "2026-11-25T09:00:00Z", { createdAt: "2026-11-25T07:59:00Z" });
  assert.deepEqual(upsertCall([], old, dayStart), []);
});

test("a refetch keeps what streamed in while it was out, and drops what it no longer lists", () => {
  const streamedNewer = call("a", "2026-11-25T17:02:00Z", { status: "completed" });
  const fetchedOlder = call("a", "2026-11-25T17:01:00Z", { status: "in_progress" });
  const streamedNew = call("n", "2026-11-25T17:02:00Z");
  const gone = call("yesterday", "2026-11-25T07:00:00Z");
  const merged = mergeFetched([fetchedOlder], [streamedNew, streamedNewer, gone], new Set(["a", "n"]));
  assert.deepEqual(
    merged.map((c) => [c.id, c.status]),
    [
      ["n", "queued"],
      ["a", "completed"],
    ],
  );
});

test("filters read from the URL ignore values they do not know", () => {
  const f = readFilters(new URLSearchParams("calls=mine&purpose=bogus&outcome=appointment_scheduled"));
  assert.deepEqual(f, { mine: true, purpose: null, assistantId: null, outcome: "appointment_scheduled", campaignId: null });
  assert.equal(matchesFilters(call("a", "x", { outcomeType: "appointment_scheduled" }), f, "u1"), true);
  assert.equal(matchesFilters(call("a", "x", { outcomeType: "appointment_scheduled" }), f, "u2"), false);
});

test("a call held overnight comes onto today's board; another of yesterday's calls does not", () => {
  const held = call("h", "2026-11-25T16:00:01Z", {
    createdAt: "2026-11-25T03:00:00Z",
    status: "scheduled",
    scheduledFor: "2026-11-25T16:00:00Z",
  });
  assert.deepEqual(
    upsertCall([], held, dayStart).map((c) => c.id),
    ["h"],
  );
  const old = call("o", "2026-11-25T16:00:01Z", { createdAt: "2026-11-25T03:00:00Z", status: "completed" });
  assert.deepEqual(upsertCall([], old, dayStart), []);
});
