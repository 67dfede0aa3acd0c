import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { eq } from "drizzle-orm";
import { openTestDatabase } from "@/db/testing/test-database";
import { createWorkspace } from "@/db/testing/factories";
import { createSentCall } from "@/db/testing/call-factory";
import { TEST_SIMULATOR_CREDENTIALS } from "@/db/testing/simulator-credentials";
import { webhookHeaders } from "./signature";

let database: Awaited<ReturnType<typeof openTestDatabase>>;
before(async () => {
  database = await openTestDatabase();
});
after(() => database?.cleanup());

const secret = TEST_SIMULATOR_CREDENTIALS.webhookSecret;
let seq = 0;

function delivery(body: unknown, opts: { id?: string; timestamp?: number; secret?: string; raw?: string } = {}) {
  const raw = opts.raw ?? JSON.stringify(body);
  const id = opts.id ?? `msg_${Date.now()}_${seq++}`;
  const headers = new Headers(
    webhookHeaders({ secrets: opts.secret ?? secret, id, timestamp: opts.timestamp ?? Math.floor(Date.now() / 1000), body: raw }),
  );
  return { headers, raw, id };
}

const envelope = (callId: string, event: string, data: Record<string, unknown>) => ({
  event: `voice_call.${event}`,
  call_id: callId,
  timestamp: new Date().toISOString(),
  data,
});

async function mods() {
  const [{ receiveWebhook, replayUnknownCallEvents }, { db }, schema] = await Promise.all([
    import("./receive"),
    import("@/db"),
    import("@/db/schema"),
  ]);
  return { receiveWebhook, replayUnknownCallEvents, db, ...schema };
}

test("a signed lifecycle event is stored once and moves the call forward", async () => {
  const { receiveWebhook, db, calls, webhookEvents } = await mods();
  const ws = await createWorkspace();
  const { call, providerCallId } = await createSentCall(ws);
  const d = delivery(envelope(providerCallId, "in_progress", { status: "in_progress", answered_by: "human" }));
  assert.deepEqual((await receiveWebhook(d.headers, d.raw)).status, 200);
  const again = await receiveWebhook(d.headers, d.raw);
  assert.deepEqual(again, { status: 200, body: { ok: true, result: "duplicate" } });
  const [row] = await db.select().from(calls).where(eq(calls.id, call.id));
  assert.equal(row.status, "in_progress");
  assert.equal(row.answeredBy, "human");
  assert.ok(row.answeredAt);
  assert.equal((await db.select().from(webhookEvents).where(eq(webhookEvents.callId, call.id))).length, 1);
});

test("a late event is history only: it never moves a call back", async () => {
  const { receiveWebhook, db, calls, webhookEvents } = await mods();
  const ws = await createWorkspace();
  const { call, providerCallId } = await createSentCall(ws);
  const done = delivery(
    envelope(providerCallId, "completed", {
      status: "completed",
      duration: 42,
      answered_by: "human",
      outcome: { type: "information_provided", notes: "ok" },
      ai_summary: "Fine.",
    }),
  );
  const late = delivery(envelope(providerCallId, "ringing", { status: "ringing" }));
  assert.equal((await receiveWebhook(done.headers, done.raw)).status, 200);
  assert.equal((await receiveWebhook(late.headers, late.raw)).status, 200);
  const [row] = await db.select().from(calls).where(eq(calls.id, call.id));
  assert.equal(row.status, "completed");
  assert.equal(row.durationSeconds, 42);
  assert.equal(row.needsReview, false);
  assert.equal((await db.select().from(webhookEvents).where(eq(webhookEvents.callId, call.id))).length, 2);
});

test("bad signature and stale timestamps are refused with 401 and kept", async () => {
  const { receiveWebhook, db, webhookDeadLetters } = await mods();
  const body = envelope("call_x", "queued", { status: "queued" });
  const wrong = delivery(body, { secret: "whsec_" + Buffer.from("another-secret-entirely-32-bytes").toString("base64") });
  const stale = delivery(body, { timestamp: Math.floor(Date.now() / 1000) - 301 });
  const missing = { headers: new Headers(), raw: JSON.stringify(body) };
  assert.equal((await receiveWebhook(wrong.headers, wrong.raw)).status, 401);
  assert.equal((await receiveWebhook(stale.headers, stale.raw)).status, 401);
  assert.equal((await receiveWebhook(missing.headers, missing.raw)).status, 401);
  const letters = await db.select().from(webhookDeadLetters);
  const reasons = letters
    .filter((l) => l.rawBody === JSON.stringify(body))
    .map((l) => l.reason)
    .sort();
  assert.deepEqual(reasons, ["bad_signature", "bad_signature", "stale_timestamp"]);
});

test("malformed JSON and a bad envelope are 400 and kept with the reason", async () => {
  const { receiveWebhook, db, webhookDeadLetters } = await mods();
  const junk = delivery(null, { raw: "{not json" });
  const bad = delivery({ event: "voice_call.failed", call_id: "call_y", timestamp: "yesterday", data: {} });
  const r1 = await receiveWebhook(junk.headers, junk.raw);
  const r2 = await receiveWebhook(bad.headers, bad.raw);
  assert.equal(r1.status, 400);
  assert.equal(r2.status, 400);
  assert.match(r2.body.error ?? "", /timestamp/);
  const [l1] = await db.select().from(webhookDeadLetters).where(eq(webhookDeadLetters.webhookId, junk.id));
  const [l2] = await db.select().from(webhookDeadLetters).where(eq(webhookDeadLetters.webhookId, bad.id));
  assert.equal(l1.reason, "malformed_json");
  assert.equal(l1.rawBody, "{not json");
  assert.equal(l2.reason, "invalid_envelope");
});

test("an event for an unknown call is kept and applied once the call id becomes known", async () => {
  const { receiveWebhook, replayUnknownCallEvents, db, calls, webhookDeadLetters } = await mods();
  const ws = await createWorkspace();
  const { call } = await createSentCall(ws, { providerCallId: null, status: "pending" });
  const early = delivery(envelope("call_early123", "dialing", { status: "dialing" }));
  assert.deepEqual(await receiveWebhook(early.headers, early.raw), { status: 202, body: { ok: true, result: "unknown_call" } });
  await db.update(calls).set({ providerCallId: "call_early123", status: "queued" }).where(eq(calls.id, call.id));
  assert.equal(await replayUnknownCallEvents("call_early123"), 1);
  assert.equal(await replayUnknownCallEvents("call_early123"), 0);
  const [row] = await db.select().from(calls).where(eq(calls.id, call.id));
  assert.equal(row.status, "dialing");
  const [letter] = await db.select().from(webhookDeadLetters).where(eq(webhookDeadLetters.webhookId, early.id));
  assert.ok(letter.resolvedAt);
});

test("an unknown event is stored and acknowledged but changes nothing", async () => {
  const { receiveWebhook, db, calls, webhookEvents } = await mods();
  const ws = await createWorkspace();
  const { call, providerCallId } = await createSentCall(ws);
  const d = delivery(envelope(providerCallId, "sentiment_scored", { score: 0.8 }));
  assert.equal((await receiveWebhook(d.headers, d.raw)).status, 200);
  const [row] = await db.select().from(calls).where(eq(calls.id, call.id));
  assert.equal(row.status, "queued");
  const [ev] = await db.select().from(webhookEvents).where(eq(webhookEvents.webhookId, d.id));
  assert.equal(ev.event, "voice_call.sentiment_scored");
});

test("a completed call without an outcome, or with an unknown type, needs review", async () => {
  const { receiveWebhook, db, calls, attentionItems } = await mods();
  const ws = await createWorkspace();
  for (const outcome of [undefined, { type: "warranty_claim", notes: "?" }]) {
    const { call, providerCallId } = await createSentCall(ws);
    const d = delivery(envelope(providerCallId, "completed", { status: "completed", duration: 10, ...(outcome ? { outcome } : {}) }));
    assert.equal((await receiveWebhook(d.headers, d.raw)).status, 200);
    const [row] = await db.select().from(calls).where(eq(calls.id, call.id));
    assert.equal(row.status, "completed");
    assert.equal(row.needsReview, true);
    assert.equal(row.outcomeType, outcome?.type ?? null);
    const items = await db.select().from(attentionItems).where(eq(attentionItems.callId, call.id));
    assert.deepEqual(
      items.map((i) => i.kind),
      ["needs_review"],
    );
  }
});

test("outcome effects: do-not-call flags the customer, callbacks and appointments are recorded, escalations need attention", async () => {
  const { receiveWebhook, db, customers, callbackTasks, appointments, attentionItems, jobs } = await mods();
  const ws = await createWorkspace();
  const cases = {
    do_not_call: { type: "do_not_call", notes: "Please stop calling" },
    callback_requested: { type: "callback_requested", notes: "Call after 5", callback_at: "2026-12-02T17:00:00-08:00" },
    appointment_scheduled: {
      type: "appointment_scheduled",
      notes: "Tuesday",
      appointment_id: "appt_1",
      appointment_start: "2026-12-01T09:00:00-08:00",
    },
    escalation_needed: { type: "escalation_needed", notes: "Gas smell" },
  };
  const made: Record<string, Awaited<ReturnType<typeof createSentCall>>> = {};
  for (const [type, outcome] of Object.entries(cases)) {
    made[type] = await createSentCall(ws);
    const d = delivery(
      envelope(made[type].providerCallId, "completed", {
        status: "completed",
        duration: 60,
        answered_by: "human",
        transcript_url: "http://127.0.0.1:9/t.json",
        outcome,
      }),
    );
    assert.equal((await receiveWebhook(d.headers, d.raw)).status, 200);
  }
  const [dnc] = await db.select().from(customers).where(eq(customers.id, made.do_not_call.customer.id));
  assert.equal(dnc.doNotCall, true);
  assert.match(dnc.doNotCallReason ?? "", /Please stop calling/);
  const [task] = await db.select().from(callbackTasks).where(eq(callbackTasks.sourceCallId, made.callback_requested.call.id));
  assert.equal(task.callbackAt?.toISOString(), "2026-12-03T01:00:00.000Z");
  const [appt] = await db.select().from(appointments).where(eq(appointments.sourceCallId, made.appointment_scheduled.call.id));
  assert.equal(appt.startsAt?.toISOString(), "2026-12-01T17:00:00.000Z");
  assert.equal(appt.providerAppointmentId, "appt_1");
  const [esc] = await db.select().from(attentionItems).where(eq(attentionItems.callId, made.escalation_needed.call.id));
  assert.equal(esc.kind, "escalation");
  const transcriptJobs = (await db.select().from(jobs)).filter((j) => j.kind === "fetch_transcript");
  assert.equal(transcriptJobs.length, 4);
});
