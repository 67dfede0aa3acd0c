import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import fc from "fast-check";
import { openTestDatabase } from "@/db/testing/test-database";
import { createWorkspace } from "@/db/testing/factories";
import { createSentCall } from "@/db/testing/call-factory";
import { outcomeTypes } from "@/db/schema/enums";
import { parseWebhookBody } from "./envelope";

let database: Awaited<ReturnType<typeof openTestDatabase>>;
before(async () => {
  database = await openTestDatabase();
});
after(() => database?.cleanup());

async function mods() {
  const [apply, { db }, { sql }, raw] = await Promise.all([
    import("./apply-event"),
    import("@/db/index"),
    import("drizzle-orm"),
    import("@/db/raw"),
  ]);
  return { ...apply, db, sql, ...raw };
}

const terminal = fc.oneof(
  fc.record({
    status: fc.constant("completed"),
    duration: fc.option(fc.float({ min: 0, max: 900, noNaN: true }), { nil: undefined }),
    answered_by: fc.option(fc.constantFrom("human", "voicemail", "unknown"), { nil: undefined }),
    transcript_url: fc.option(fc.constant("https://media.example/t.json"), { nil: undefined }),
    recording_url: fc.option(fc.constant("https://media.example/r.mp3"), { nil: undefined }),
    ai_summary: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
    outcome: fc.option(
      fc.record({
        type: fc.constantFrom(...outcomeTypes, "made_up_type"),
        notes: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
        callback_at: fc.option(fc.constantFrom("2026-12-02T10:00:00-08:00", "2026-12-02T10:00:00", "soon"), { nil: undefined }),
        appointment_start: fc.option(fc.constantFrom("2026-12-03T09:00:00Z", "2026-12-03T09:00"), { nil: undefined }),
        appointment_id: fc.option(fc.constant("apt_1"), { nil: undefined }),
      }),
      { nil: null },
    ),
  }),
  fc.record({
    status: fc.constantFrom("no_answer", "busy", "failed", "canceled"),
    reason: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
    duration: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
  }),
);

let seq = 0;

/** Everything a terminal event writes about one call, ids left out. */
async function footprint(m: Awaited<ReturnType<typeof mods>>, callId: string) {
  const one = async (q: ReturnType<typeof m.sql>) => m.executeRows<Record<string, unknown>>(m.db, q);
  return {
    call: await one(
      m.sql`select status, duration_seconds, ended_at, failure_reason, answered_by, recording_url, transcript_url, outcome_type, outcome,
                   ai_summary, needs_review from calls where id = ${callId}`,
    ),
    events: await one(m.sql`select event, occurred_at, payload->'data' as data from webhook_events where call_id = ${callId}`),
    jobs: await one(
      m.sql`select kind, payload - 'callId' as payload, workspace_id is not null as scoped from jobs where payload->>'callId' = ${callId}::text`,
    ),
    attention: await one(m.sql`select kind, detail from attention_items where call_id = ${callId} order by kind`),
    callbacks: await one(m.sql`select callback_at, notes from callback_tasks where source_call_id = ${callId}`),
    appointments: await one(m.sql`select provider_appointment_id, starts_at, notes from appointments where source_call_id = ${callId}`),
  };
}

test("a terminal event in one statement writes exactly what the transaction path writes, replays included", async () => {
  const m = await mods();
  const plain = await createWorkspace();
  const retrying = await createWorkspace({ autoRetry: { enabled: true, maxAttempts: 3, spacingMinutes: 30 } });
  await fc.assert(
    fc.asyncProperty(terminal, fc.boolean(), fc.boolean(), async (data, autoRetry, replay) => {
      const ws = autoRetry ? retrying : plain;
      const results = [];
      for (const oneStatement of [true, false]) {
        const { call, providerCallId } = await createSentCall(ws, { status: "in_progress", answeredBy: "human" });
        const body = JSON.stringify({
          event: data.status === "completed" ? "voice_call.completed" : "voice_call.failed",
          call_id: providerCallId,
          timestamp: "2026-11-30T18:00:00Z",
          data,
        });
        const parsed = parseWebhookBody(body);
        assert.ok(parsed.ok);
        const id = `msg_terminal_${++seq}`;
        const result = await m.applyWebhookEvent(id, parsed.value, { oneStatement });
        const again = replay ? await m.applyWebhookEvent(id, parsed.value, { oneStatement }) : null;
        const { callId: _a, workspaceId: _b, ...rest } = result as Record<string, unknown>;
        results.push({ result: rest, again: again?.result ?? null, footprint: await footprint(m, call.id) });
      }
      assert.deepEqual(results[0], results[1]);
    }),
    { numRuns: 60 },
  );
});
