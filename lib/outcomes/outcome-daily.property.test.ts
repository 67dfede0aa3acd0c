import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import fc from "fast-check";
import { openTestDatabase } from "@/db/testing/test-database";
import { createMember, createWorkspace } from "@/db/testing/factories";
import { createSentCall } from "@/db/testing/call-factory";
import { callPurposes, outcomeTypes } from "@/db/schema/enums";
import { parseWebhookBody } from "@/lib/webhooks/envelope";

let database: Awaited<ReturnType<typeof openTestDatabase>>;
before(async () => {
  database = await openTestDatabase();
});
after(() => database?.cleanup());

async function mods() {
  const [aggregates, apply, review, reclassify, stuck, { db }] = await Promise.all([
    import("@/db/queries/outcome-aggregates"),
    import("@/lib/webhooks/apply-event"),
    import("@/lib/review/review-call"),
    import("@/lib/review/reclassify-call"),
    import("@/db/queries/stuck-calls"),
    import("@/db/index"),
  ]);
  const { sql } = await import("drizzle-orm");
  return { ...aggregates, ...apply, ...review, ...reclassify, ...stuck, db, sql };
}

/** One thing that happens to the calls, as the app's own writers do it. */
type Step =
  | { kind: "place"; purpose: (typeof callPurposes)[number]; hoursAgo: number; byPerson: boolean }
  | {
      kind: "event";
      call: number;
      event: "ringing" | "in_progress" | "completed" | "no_answer" | "failed";
      outcome: string | null;
      duration: number;
    }
  | { kind: "review"; call: number; reviewed: boolean; rating: number }
  | { kind: "reclassify"; call: number; to: (typeof outcomeTypes)[number] }
  | { kind: "stuck" }
  | { kind: "complete-callback"; call: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant("place" as const),
    purpose: fc.constantFrom(...callPurposes),
    hoursAgo: fc.integer({ min: 0, max: 24 * 5 }),
    byPerson: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant("event" as const),
    call: fc.nat(),
    event: fc.constantFrom("ringing" as const, "in_progress" as const, "completed" as const, "no_answer" as const, "failed" as const),
    // An unknown type and no outcome both leave the call waiting for review.
    outcome: fc.constantFrom(null, "made_up_type", ...outcomeTypes),
    duration: fc.integer({ min: 0, max: 900 }),
  }),
  fc.record({ kind: fc.constant("review" as const), call: fc.nat(), reviewed: fc.boolean(), rating: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant("reclassify" as const), call: fc.nat(), to: fc.constantFrom(...outcomeTypes) }),
  fc.record({ kind: fc.constant("stuck" as const) }),
  fc.record({ kind: fc.constant("complete-callback" as const), call: fc.nat() }),
);

let webhookSeq = 0;

test("after any history of calls, webhooks, reviews and reclassifications, the kept aggregates equal a rebuild from the calls", async () => {
  const m = await mods();
  await fc.assert(
    fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
      const ws = await createWorkspace({ timeZone: "America/Chicago" });
      const manager = await createMember(ws, "manager");
      const reviewer = { workspace: { id: ws.id, timeZone: ws.timeZone }, user: { id: manager.user.id, name: "M" } };
      const placed: { id: string; providerCallId: string }[] = [];
      const now = Date.now();
      for (const s of steps) {
        if (s.kind === "place") {
          const { call, providerCallId } = await createSentCall(ws, {
            purpose: s.purpose,
            createdAt: new Date(now - s.hoursAgo * 3_600_000),
            placedBy: s.byPerson ? manager.user.id : null,
          });
          placed.push({ id: call.id, providerCallId });
          continue;
        }
        if (s.kind === "stuck") {
          // The reconciler gives up on calls past max_duration: here, all live ones.
          await m.endSilentCalls({ now: new Date(now + 365 * 86_400_000), graceSeconds: 0 });
          continue;
        }
        const target = placed.length ? placed[s.call % placed.length] : null;
        if (!target) continue;
        if (s.kind === "event") {
          const status = s.event;
          const data: Record<string, unknown> = { status };
          if (status === "in_progress") data.answered_by = "human";
          if (status === "completed") {
            data.duration = s.duration;
            data.answered_by = s.duration % 2 ? "human" : "voicemail";
            data.outcome = s.outcome ? { type: s.outcome, notes: "n" } : null;
          }
          if (status === "no_answer" || status === "failed") data.duration = 0;
          const body = JSON.stringify({
            event: status === "no_answer" || status === "failed" ? "voice_call.failed" : `voice_call.${status}`,
            call_id: target.providerCallId,
            timestamp: new Date().toISOString(),
            data,
          });
          const parsed = parseWebhookBody(body);
          assert.ok(parsed.ok);
          await m.applyWebhookEvent(`msg_agg_${++webhookSeq}`, parsed.value);
        } else if (s.kind === "complete-callback") {
          // What settleClaims does when the callback call reaches someone.
          await m.db.execute(
            m.sql`update callback_tasks set completed_at = now() where source_call_id = ${target.id} and completed_at is null`,
          );
        } else if (s.kind === "review") {
          await m.reviewCall({ callId: target.id, reviewed: s.reviewed, rating: s.rating, note: "" }, reviewer);
        } else {
          await m.reclassifyCall({ callId: target.id, newType: s.to, reason: "wrong" }, reviewer);
        }
      }
      const list = async (tx?: Parameters<typeof m.listOutcomeDaily>[1]) => ({
        groups: await m.listOutcomeDaily({ workspaceId: ws.id }, tx),
        rollups: await m.listOutcomeDailyRollups({ workspaceId: ws.id }, tx),
      });
      const kept = await list();
      const rebuilt = await m.db
        .transaction(async (tx) => {
          await m.rebuildOutcomeDaily({ workspaceId: ws.id }, tx);
          throw { rows: await list(tx) };
        })
        .catch((e: { rows?: unknown }) => {
          if (!e.rows) throw e;
          return e.rows;
        });
      assert.deepEqual(kept, rebuilt);
      assert.equal(
        kept.groups.reduce((n, g) => n + g.calls, 0),
        placed.length,
      );
    }),
    { numRuns: 30 },
  );
});

test("concurrent terminal events on one day's calls all apply, and the aggregates still equal a rebuild", async () => {
  const m = await mods();
  const ws = await createWorkspace({ timeZone: "America/Chicago" });
  const placed = await Promise.all(Array.from({ length: 16 }, () => createSentCall(ws, { status: "in_progress", answeredBy: "human" })));
  // Half through the one statement, half through the transaction: on PostgreSQL these ran into
  // each other's group rows (a deadlock) before the triggers took the day's lock first.
  const results = await Promise.all(
    placed.map(({ providerCallId }, i) => {
      const outcome = i % 3 === 0 ? { type: "callback_requested", notes: "n" } : { type: "information_provided" };
      const body = JSON.stringify({
        event: "voice_call.completed",
        call_id: providerCallId,
        timestamp: new Date().toISOString(),
        data: { status: "completed", duration: 60 + i, answered_by: "human", outcome },
      });
      const parsed = parseWebhookBody(body);
      assert.ok(parsed.ok);
      return m.applyWebhookEvent(`msg_concurrent_${i}_${webhookSeq++}`, parsed.value, { oneStatement: i % 2 === 0 });
    }),
  );
  assert.deepEqual(
    results.map((r) => r.result),
    placed.map(() => "applied"),
  );
  const kept = await m.listOutcomeDaily({ workspaceId: ws.id });
  const rebuilt = await m.db
    .transaction(async (tx) => {
      await m.rebuildOutcomeDaily({ workspaceId: ws.id }, tx);
      throw { rows: await m.listOutcomeDaily({ workspaceId: ws.id }, tx) };
    })
    .catch((e: { rows?: unknown }) => {
      if (!e.rows) throw e;
      return e.rows;
    });
  assert.deepEqual(kept, rebuilt);
});
