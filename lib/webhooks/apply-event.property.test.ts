import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import fc from "fast-check";
import { eq } from "drizzle-orm";
import { openTestDatabase } from "@/db/testing/test-database";
import { createWorkspace } from "@/db/testing/factories";
import { createSentCall } from "@/db/testing/call-factory";
import { advanceStatus, isTerminal, liveStatuses } from "@/lib/calls/lifecycle";
import { callStatuses, type CallStatus } from "@/db/schema/enums";
import { parseWebhookBody, type ParsedEvent } from "./envelope";

let database: Awaited<ReturnType<typeof openTestDatabase>>;
before(async () => {
  database = await openTestDatabase();
});
after(() => database?.cleanup());

test("advanceStatus: forward only, terminal states absorb", () => {
  fc.assert(
    fc.property(fc.constantFrom(...callStatuses), fc.array(fc.constantFrom(...callStatuses)), (start, incoming) => {
      let s: CallStatus = start;
      for (const next of incoming) {
        const after = advanceStatus(s, next);
        if (isTerminal(s)) assert.equal(after, s);
        s = after;
      }
    }),
  );
});

test("advanceStatus: the one exception, `unknown` (we gave up waiting) gives way to a real terminal state only", () => {
  fc.assert(
    fc.property(fc.constantFrom(...callStatuses), (incoming) => {
      const after = advanceStatus("unknown", incoming);
      assert.equal(after, isTerminal(incoming) ? incoming : "unknown");
    }),
  );
});

type Scenario = { terminal: "completed" | "failed"; outcome: string; failStatus: "no_answer" | "busy" | "failed" | "canceled" };

function eventsFor(providerCallId: string, sc: Scenario): { id: string; ev: ParsedEvent }[] {
  const t0 = Date.UTC(2026, 10, 25, 17, 0, 0);
  const datas: [string, Record<string, unknown>][] = [
    ...liveStatuses.map((s): [string, Record<string, unknown>] => [
      s,
      s === "in_progress" ? { status: s, answered_by: "human" } : { status: s },
    ]),
    sc.terminal === "completed"
      ? [
          "completed",
          {
            status: "completed",
            duration: 90,
            answered_by: "human",
            outcome: { type: sc.outcome, notes: "n", callback_at: "2026-12-02T10:00:00-08:00" },
            ai_summary: "s",
          },
        ]
      : ["failed", { status: sc.failStatus, reason: "r", duration: 0 }],
  ];
  return datas.map(([event, data], i) => {
    const raw = JSON.stringify({
      event: `voice_call.${event}`,
      call_id: providerCallId,
      timestamp: new Date(t0 + i * 1000).toISOString(),
      data,
    });
    const parsed = parseWebhookBody(raw);
    assert.ok(parsed.ok);
    return { id: `msg_${providerCallId}_${i}`, ev: parsed.value };
  });
}

test("any order of a call's events, with duplicates, ends in its terminal state with each effect once", async () => {
  const { applyWebhookEvent } = await import("./apply-event");
  const { db } = await import("@/db");
  const { calls, callbackTasks, customers, webhookEvents, attentionItems } = await import("@/db/schema");
  const ws = await createWorkspace();

  await fc.assert(
    fc.asyncProperty(
      fc.record({
        terminal: fc.constantFrom("completed" as const, "failed" as const),
        outcome: fc.constantFrom("callback_requested", "do_not_call", "escalation_needed", "information_provided"),
        failStatus: fc.constantFrom("no_answer" as const, "busy" as const, "failed" as const, "canceled" as const),
      }),
      // Indices into the five events: a shuffled multiset where each event appears 1..3 times.
      fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 5, maxLength: 5 }).chain((counts) =>
        fc.shuffledSubarray(
          counts.flatMap((n, i) => Array.from({ length: n }, () => i)),
          { minLength: counts.reduce((a, b) => a + b, 0) },
        ),
      ),
      async (sc, order) => {
        const { call, customer, providerCallId } = await createSentCall(ws);
        const events = eventsFor(providerCallId, sc);
        for (const i of order) await applyWebhookEvent(events[i].id, events[i].ev);

        const [row] = await db.select().from(calls).where(eq(calls.id, call.id));
        assert.equal(row.status, sc.terminal === "completed" ? "completed" : sc.failStatus);
        assert.equal((await db.select().from(webhookEvents).where(eq(webhookEvents.callId, call.id))).length, 5);
        const tasks = await db.select().from(callbackTasks).where(eq(callbackTasks.sourceCallId, call.id));
        assert.equal(tasks.length, sc.terminal === "completed" && sc.outcome === "callback_requested" ? 1 : 0);
        const [cust] = await db.select().from(customers).where(eq(customers.id, customer.id));
        assert.equal(cust.doNotCall, sc.terminal === "completed" && sc.outcome === "do_not_call");
        const kinds = (await db.select().from(attentionItems).where(eq(attentionItems.callId, call.id))).map((a) => a.kind);
        const expected =
          sc.terminal === "completed"
            ? sc.outcome === "escalation_needed"
              ? ["escalation"]
              : []
            : sc.failStatus === "failed"
              ? ["failed"]
              : [];
        assert.deepEqual(kinds, expected);
        if (sc.terminal === "completed") assert.equal(row.answeredBy, "human");
      },
    ),
    { numRuns: 40 },
  );
});
