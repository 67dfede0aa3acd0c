import assert from "node:assert/strict";
import { test } from "node:test";
import { DayAlertDetector } from "./day-alerts";

const now = new Date("2026-11-30T17:00:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000).toISOString();
const missed = (id: string, status: "open" | "calling" | "dismissed", occurredAt = minutesAgo(1)) => ({
  id,
  status,
  occurredAt,
  callerName: "Dana Reyes",
  customerName: "Dana Reyes",
  fromPhone: "+13105550123",
});

test("a new open missed call is announced once; a claim, a dismissal or an old one is not", () => {
  const detector = new DayAlertDetector();
  assert.deepEqual(detector.fromMissed(missed("m1", "open"), now), {
    key: "missed-m1",
    title: "New missed call",
    body: "Dana Reyes",
    href: "/missed",
  });
  assert.equal(detector.fromMissed(missed("m1", "open"), now), null, "the same call again");
  assert.equal(detector.fromMissed(missed("m2", "calling"), now), null);
  assert.equal(detector.fromMissed(missed("m3", "dismissed"), now), null);
  assert.equal(detector.fromMissed(missed("old", "open", minutesAgo(90)), now), null, "fed in late: old news");
});

test("an escalation is announced once per call, and only while fresh", () => {
  const detector = new DayAlertDetector();
  const call = (id: string, attention: ("escalation" | "failed")[], endedAt: string | null = minutesAgo(0)) => ({
    id,
    attention,
    customerName: "Test Escalation",
    endedAt,
  });
  assert.equal(detector.fromCall(call("c1", []), now), null);
  assert.equal(detector.fromCall(call("c1", ["failed"]), now), null);
  assert.equal(detector.fromCall(call("c1", ["escalation"]), now)?.href, "/calls/c1");
  assert.equal(detector.fromCall(call("c1", ["escalation"]), now), null, "announced already");
  assert.equal(detector.fromCall(call("c2", ["escalation"], minutesAgo(120)), now), null, "escalated long ago");
});
