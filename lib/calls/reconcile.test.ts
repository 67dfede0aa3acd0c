import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { and, eq } from "drizzle-orm";
import { openTestDatabase } from "@/db/testing/test-database";
import { createWorkspace } from "@/db/testing/factories";
import { createSentCall } from "@/db/testing/call-factory";

// Integration on a real database with a controlled clock: markStuckCalls takes "now".
let database: Awaited<ReturnType<typeof openTestDatabase>>;
before(async () => {
  database = await openTestDatabase();
});
after(() => database?.cleanup());

async function mods() {
  const [{ markStuckCalls, STUCK_GRACE_SECONDS }, { applyWebhookEvent }, { db }, schema] = await Promise.all([
    import("./reconcile"),
    import("@/lib/webhooks/apply-event"),
    import("@/db"),
    import("@/db/schema"),
  ]);
  return { markStuckCalls, STUCK_GRACE_SECONDS, applyWebhookEvent, db, ...schema };
}

const SENT = new Date("2026-11-30T10:00:00Z");
const minutes = (n: number) => n * 60_000;

async function statusOf(id: string) {
  const { db, calls } = await mods();
  const [row] = await db.select().from(calls).where(eq(calls.id, id));
  return row.status;
}

test("a silent call ends as unknown after max_duration + the grace period, with an event and an attention item", async () => {
  const { markStuckCalls, STUCK_GRACE_SECONDS, db, callEvents, attentionItems } = await mods();
  const ws = await createWorkspace();
  const live = await Promise.all(
    (["queued", "dialing", "ringing", "in_progress"] as const).map((status) =>
      createSentCall(ws, { status, sentAt: SENT, maxDuration: 600 }),
    ),
  );
  const done = await createSentCall(ws, { status: "completed", sentAt: SENT, maxDuration: 600 });
  const deadline = SENT.getTime() + 600_000 + STUCK_GRACE_SECONDS * 1000;

  assert.equal(await markStuckCalls(new Date(deadline - 1000)), 0, "not before the grace period is over");
  for (const { call } of live) assert.notEqual(await statusOf(call.id), "unknown");

  assert.equal(await markStuckCalls(new Date(deadline + 1000)), 4);
  for (const { call } of live) {
    assert.equal(await statusOf(call.id), "unknown");
    const events = await db
      .select()
      .from(callEvents)
      .where(and(eq(callEvents.callId, call.id), eq(callEvents.type, "provider_silent")));
    assert.equal(events.length, 1);
    const items = await db.select().from(attentionItems).where(eq(attentionItems.callId, call.id));
    assert.deepEqual(
      items.map((i) => i.kind),
      ["stuck"],
    );
    assert.match(items[0].detail ?? "", /never reported the end/);
  }
  assert.equal(await statusOf(done.call.id), "completed", "a finished call is left alone");
  assert.equal(await markStuckCalls(new Date(deadline + minutes(5))), 0, "once only");
  assert.ok(STUCK_GRACE_SECONDS + 60 <= 15 * 60, "with a run every minute nothing stays open past max_duration + 15 min");
});

test("the one move out of unknown: a late real terminal event replaces it; a late live event does not", async () => {
  const { markStuckCalls, applyWebhookEvent, STUCK_GRACE_SECONDS } = await mods();
  const ws = await createWorkspace();
  const a = await createSentCall(ws, { status: "in_progress", sentAt: SENT, maxDuration: 300 });
  const b = await createSentCall(ws, { status: "ringing", sentAt: SENT, maxDuration: 300 });
  await markStuckCalls(new Date(SENT.getTime() + 300_000 + STUCK_GRACE_SECONDS * 1000 + 1000));
  assert.equal(await statusOf(a.call.id), "unknown");

  const at = new Date(SENT.getTime() + minutes(4));
  const late = await applyWebhookEvent(`msg_late_${a.call.id}`, {
    known: true,
    event: "voice_call.in_progress",
    callId: a.providerCallId,
    occurredAt: at,
    status: "in_progress",
    data: { status: "in_progress", answered_by: "human" },
  } as never);
  assert.equal(late.result, "applied");
  assert.equal(await statusOf(a.call.id), "unknown", "a late live event is history only");

  const end = await applyWebhookEvent(`msg_end_${a.call.id}`, {
    known: true,
    event: "voice_call.completed",
    callId: a.providerCallId,
    occurredAt: at,
    status: "completed",
    data: { status: "completed", duration: 200 },
  } as never);
  assert.equal(end.result, "applied");
  assert.equal(await statusOf(a.call.id), "completed", "the provider's real end wins");

  const failed = await applyWebhookEvent(`msg_fail_${b.call.id}`, {
    known: true,
    event: "voice_call.failed",
    callId: b.providerCallId,
    occurredAt: at,
    status: "no_answer",
    data: { status: "no_answer", reason: "rang out" },
  } as never);
  assert.equal(failed.result, "applied");
  assert.equal(await statusOf(b.call.id), "no_answer");
});
