import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, test } from "node:test";
import { and, eq, like } from "drizzle-orm";
import { createAssistant, createCustomer, createMember, createWorkspace } from "@/db/testing/factories";
import { eventually, startDatabaseAndFakeProvider } from "@/db/testing/fake-provider-env";
import type { FakeProvider } from "@/lib/provider/fake/server";
import type { Member } from "@/lib/auth/session";
import type { PlaceCallValues } from "@/lib/validation/call";
import { zoneWhereItIs } from "@/lib/time/zone-at-hour";

// Integration: the app's provider edge against the project's own fake provider over real HTTP
// (its webhooks come back to the app's receiveWebhook over HTTP too), on PGlite, or PostgreSQL
// when DATABASE_URL is set. Each test places a call to one of the fake's scenario numbers.
let env: Awaited<ReturnType<typeof startDatabaseAndFakeProvider>>;
let fake: FakeProvider;
before(async () => {
  env = await startDatabaseAndFakeProvider();
  fake = env.fake;
});
after(() => env?.cleanup());

async function modules() {
  const [{ placeCall }, { retryCall }, { db }, schema, jobs, transcript] = await Promise.all([
    import("./place-call"),
    import("./retry-call"),
    import("@/db"),
    import("@/db/schema"),
    import("@/lib/jobs/worker"),
    import("./transcript-job"),
  ]);
  return { placeCall, retryCall, db, ...schema, runJobNow: jobs.runJobNow, fetchTranscriptJob: transcript.fetchTranscriptJob };
}

async function scenario(lastFour: string, values: Partial<PlaceCallValues> = {}, workspaceOverrides = {}) {
  const workspace = await createWorkspace(workspaceOverrides);
  const member = await createMember(workspace);
  const assistant = await createAssistant(workspace, { providerAssistantId: "asst_callback_001" });
  const phone = `+1310555${lastFour}`;
  const customer = await createCustomer(workspace, { phone, timeZone: zoneWhereItIs(12) });
  const v: PlaceCallValues = {
    requestKey: randomUUID(),
    customerId: customer.id,
    phoneNumber: phone,
    purpose: "callback",
    assistantId: assistant.id,
    context: { callbackReason: "Questions about AC maintenance pricing" },
    slots: [],
    maxDuration: 300,
    recordCall: true,
    ...values,
  };
  return { workspace, member, customer, values: v };
}

async function place(lastFour: string, values: Partial<PlaceCallValues> = {}) {
  const { placeCall } = await modules();
  const s = await scenario(lastFour, values);
  const result = await placeCall(s.values, { workspace: s.workspace, userId: s.member.user.id });
  return { ...s, result };
}

async function settled(workspaceId: string, id: string) {
  const { db, calls } = await modules();
  return eventually(async () => {
    const [row] = await db
      .select()
      .from(calls)
      .where(and(eq(calls.workspaceId, workspaceId), eq(calls.id, id)));
    return ["completed", "failed", "no_answer", "busy", "canceled"].includes(row.status) ? row : null;
  });
}

async function runTranscriptJob(callId: string) {
  const { db, jobs, runJobNow, fetchTranscriptJob } = await modules();
  const [job] = await db.select().from(jobs).where(eq(jobs.kind, "fetch_transcript"));
  const mine = (await db.select().from(jobs).where(eq(jobs.kind, "fetch_transcript"))).find(
    (j) => (j.payload as { callId: string }).callId === callId,
  );
  assert.ok(job && mine, "a transcript job was queued");
  await runJobNow(mine.id, fetchTranscriptJob);
}

/** Accepted by the provider; the webhooks may already have moved it on by the time placeCall returns. */
const PLACED = ["queued", "dialing", "ringing", "in_progress", "completed"];

const requestsFor = (workspace: { providerWorkspaceId: string }) =>
  fake.requests.filter((r) => r.path === "/v1/outbound/voice/call" && r.headers["x-workspace-id"] === workspace.providerWorkspaceId);

test("a default number: sent as the contract says, completed with an outcome, transcript fetched", async () => {
  const { db, transcripts } = await modules();
  const { workspace, result, values } = await place("0123");
  assert.ok(result.ok && PLACED.includes(result.data.status), JSON.stringify(result));
  const [sent] = requestsFor(workspace);
  assert.equal(sent.headers.authorization, "Bearer sk_fake_test_key");
  assert.equal(sent.headers["idempotency-key"], values.requestKey);
  assert.equal(sent.status, 201);
  const call = await settled(workspace.id, result.data.id);
  assert.equal(call.status, "completed");
  assert.equal(call.outcomeType, "information_provided");
  await runTranscriptJob(call.id);
  const [t] = await db.select().from(transcripts).where(eq(transcripts.callId, call.id));
  assert.equal(t.utterances.length, 4);
});

test("nulls everywhere: a 201 with null optional fields counts as placed; null webhook fields are applied, never refused", async () => {
  const { db, webhookDeadLetters, webhookEvents, callbackTasks } = await modules();
  const { workspace, result } = await place("1101");
  assert.ok(result.ok, JSON.stringify(result));
  assert.ok(PLACED.includes(result.data.status));
  assert.match(result.data.providerCallId ?? "", /^call_/);
  assert.equal(result.data.estimatedWait, null);
  assert.equal(result.data.trackingUrl, null);
  const call = await settled(workspace.id, result.data.id);
  assert.equal(call.status, "completed");
  assert.equal(call.durationSeconds, null);
  assert.equal(call.recordingUrl, null);
  assert.equal(call.aiSummary, null);
  assert.equal(call.outcomeType, "callback_requested");
  const [task] = await db.select().from(callbackTasks).where(eq(callbackTasks.sourceCallId, call.id));
  assert.equal(task.callbackAt, null, "callback_at null: any time");
  assert.equal(task.notes, null);
  // Delivery order is not guaranteed: the completed event may come before the others.
  const events = await eventually(async () => {
    const rows = await db.select().from(webhookEvents).where(eq(webhookEvents.callId, call.id));
    return rows.length === 5 ? rows : null;
  });
  const completed = events.find((e) => e.event === "voice_call.completed")!;
  const data = completed.payload.data as Record<string, unknown>;
  assert.equal(data.transcript_url, null, "the record keeps what was sent");
  assert.equal(data.sentiment_score, 0.4, "unknown fields kept in the record, ignored otherwise");
  // Kept-and-replayed "unknown_call" letters are a race with our own commit, not a refusal.
  const letters = await db
    .select()
    .from(webhookDeadLetters)
    .where(like(webhookDeadLetters.rawBody, `%${call.providerCallId}%`));
  assert.deepEqual(
    letters.filter((l) => l.reason !== "unknown_call" || l.resolvedAt === null),
    [],
  );
});

test("voice_call.failed with reason and duration null ends the call failed with an attention item", async () => {
  const { db, attentionItems } = await modules();
  const { workspace, result } = await place("1102");
  assert.ok(result.ok);
  const call = await settled(workspace.id, result.data.id);
  assert.equal(call.status, "failed");
  assert.equal(call.failureReason, null);
  assert.equal(call.durationSeconds, 0);
  const items = await db.select().from(attentionItems).where(eq(attentionItems.callId, call.id));
  assert.deepEqual(
    items.map((i) => i.kind),
    ["failed"],
  );
});

test("media on another host of the provider: transcript fetched, recording streamed with ranges", async () => {
  const { db, transcripts } = await modules();
  const { fetchProviderUrl } = await import("@/lib/provider/fetch-provider-url");
  const { workspace, result } = await place("1201");
  assert.ok(result.ok);
  const call = await settled(workspace.id, result.data.id);
  assert.equal(new URL(call.transcriptUrl!).origin, fake.mediaOrigin);
  await runTranscriptJob(call.id);
  const [t] = await db.select().from(transcripts).where(eq(transcripts.callId, call.id));
  assert.equal(t.utterances.length, 4);
  const part = await fetchProviderUrl(call.recordingUrl!, { headers: { Range: "bytes=44-1043" } });
  assert.equal(part.status, 206);
  assert.equal(part.headers.get("content-type"), "audio/wav");
  assert.equal((await part.arrayBuffer()).byteLength, 1000);
});

test("an MP3 recording is served with its type and byte ranges", async () => {
  const { fetchProviderUrl } = await import("@/lib/provider/fetch-provider-url");
  const { workspace, result } = await place("1202");
  assert.ok(result.ok);
  const call = await settled(workspace.id, result.data.id);
  const whole = await fetchProviderUrl(call.recordingUrl!);
  assert.equal(whole.status, 200);
  assert.equal(whole.headers.get("content-type"), "audio/mpeg");
  assert.equal(whole.headers.get("accept-ranges"), "bytes");
  const size = (await whole.arrayBuffer()).byteLength;
  const tail = await fetchProviderUrl(call.recordingUrl!, { headers: { Range: "bytes=1040-" } });
  assert.equal(tail.status, 206);
  assert.equal(tail.headers.get("content-range"), `bytes 1040-${size - 1}/${size}`);
});

test("an appointment_start without an offset is the workspace's wall time, and shown in its zone", async () => {
  const { db, appointments, ...m } = await modules();
  void m;
  const { workspace, result } = await place("1301");
  assert.ok(result.ok);
  const call = await settled(workspace.id, result.data.id);
  assert.equal(call.outcome?.appointment_start, "2026-12-01T14:00:00-08:00");
  const [appointment] = await db.select().from(appointments).where(eq(appointments.sourceCallId, call.id));
  assert.equal(appointment.startsAt?.toISOString(), "2026-12-01T22:00:00.000Z");
  const { getCallDetail } = await import("@/db/queries/call-detail");
  const { buildCallDetailView } = await import("@/components/call-detail/view-model");
  const view = buildCallDetailView((await getCallDetail({ workspaceId: workspace.id, callId: call.id }))!, workspace.timeZone);
  const row = view.outcome?.details.find((d) => d.label === "Appointment");
  assert.match(row?.value ?? "", /Dec 1.*2:00 PM PST/);
});

test("a callback_at without an offset is read in the workspace's zone (Chicago)", async () => {
  const { placeCall, db, callbackTasks } = await modules();
  const s = await scenario("1302", {}, { timeZone: "America/Chicago" });
  const result = await placeCall(s.values, { workspace: s.workspace, userId: s.member.user.id });
  assert.ok(result.ok);
  const call = await settled(s.workspace.id, result.data.id);
  const [task] = await db.select().from(callbackTasks).where(eq(callbackTasks.sourceCallId, call.id));
  assert.equal(task.callbackAt?.toISOString(), "2026-12-02T16:30:00.000Z");
});

test("create answer status failed: the call ends failed with the provider's reason and an attention item", async () => {
  const { db, attentionItems } = await modules();
  const { result } = await place("1410");
  assert.ok(result.ok);
  assert.equal(result.data.status, "failed");
  assert.equal(result.data.message, "Carrier rejected the destination number");
  const items = await db.select().from(attentionItems).where(eq(attentionItems.callId, result.data.id));
  assert.equal(items[0]?.kind, "failed");
  assert.equal(items[0]?.detail, "Carrier rejected the destination number");
});

test("401 and 403 raise one credentials alert for the workspace, resolved by the next success", async () => {
  const { placeCall, db, alerts } = await modules();
  const s = await scenario("1401");
  const actor = { workspace: s.workspace, userId: s.member.user.id };
  const first = await placeCall(s.values, actor);
  assert.ok(first.ok);
  assert.equal(first.data.status, "rejected");
  assert.match(first.data.message ?? "", /refused our account/);
  assert.equal(first.data.refusal?.kind, "credentials");
  assert.equal(first.data.refusal?.smallPrint, "unauthorized · HTTP 401 · Invalid API key");
  const forbidden = await createCustomer(s.workspace, { phone: "+13105551403", timeZone: zoneWhereItIs(12) });
  const second = await placeCall({ ...s.values, requestKey: randomUUID(), customerId: forbidden.id, phoneNumber: "+13105551403" }, actor);
  assert.ok(second.ok && second.data.refusal?.kind === "credentials");
  const open = await db.select().from(alerts).where(eq(alerts.workspaceId, s.workspace.id));
  assert.equal(open.length, 1, "one alert, not one per call");
  assert.equal(open[0].kind, "provider_credentials");
  assert.equal(open[0].occurrences, 2);
  assert.equal(open[0].resolvedAt, null);
  assert.equal(requestsFor(s.workspace).length, 2, "never retried");

  const fine = await createCustomer(s.workspace, { phone: "+13105550126", timeZone: zoneWhereItIs(12) });
  const third = await placeCall({ ...s.values, requestKey: randomUUID(), customerId: fine.id, phoneNumber: "+13105550126" }, actor);
  assert.ok(third.ok && PLACED.includes(third.data.status));
  const [after] = await db.select().from(alerts).where(eq(alerts.workspaceId, s.workspace.id));
  assert.ok(after.resolvedAt, "cleared by itself once the provider accepted a call");
  assert.equal(after.resolvedBy, null);
});

test("a 409 names the call already placed with that key, linked when it is ours", async () => {
  const { placeCall } = await modules();
  const s = await scenario("0127");
  const actor = { workspace: s.workspace, userId: s.member.user.id };
  const earlier = await placeCall(s.values, actor);
  assert.ok(earlier.ok && earlier.data.providerCallId);
  const clash = await createCustomer(s.workspace, { phone: "+13105551409", timeZone: zoneWhereItIs(12) });
  const result = await placeCall({ ...s.values, requestKey: randomUUID(), customerId: clash.id, phoneNumber: "+13105551409" }, actor);
  assert.ok(result.ok);
  assert.equal(result.data.status, "rejected");
  assert.match(result.data.message ?? "", /already has a call for this request/);
  assert.equal(result.data.refusal?.kind, "conflict");
  assert.equal(result.data.refusal?.conflictCallId, earlier.data.id);
  assert.equal(result.data.refusal?.conflictProviderCallId, earlier.data.providerCallId);
});

test("errors in plain words with the provider's code; retryable false is not retried, true is", async () => {
  const unreachable = await place("1422");
  assert.ok(unreachable.result.ok);
  assert.equal(unreachable.result.data.status, "rejected");
  assert.equal(unreachable.result.data.message, "The provider cannot reach this number. Check the number with the customer.");
  assert.equal(unreachable.result.data.refusal?.smallPrint, "number_unreachable · HTTP 422 · The number is not reachable");

  const suspended = await place("1503");
  assert.ok(suspended.result.ok);
  assert.equal(suspended.result.data.status, "rejected", "a 503 the provider calls final is not retried");
  assert.match(suspended.result.data.message ?? "", /said trying again will not help/);
  assert.equal(requestsFor(suspended.workspace).length, 1);

  const pending = await place("1408");
  assert.ok(pending.result.ok);
  assert.ok(PLACED.includes(pending.result.data.status), "a 400 the provider calls retryable is retried with the same key");
  const sent = requestsFor(pending.workspace);
  assert.deepEqual(
    sent.map((r) => r.status),
    [400, 201],
  );
  assert.equal(sent[0].headers["idempotency-key"], sent[1].headers["idempotency-key"]);
});

test("Retry resends every field of the original request, earliest_available included", async () => {
  const { retryCall, db, calls } = await modules();
  const tomorrow = new Date(Date.now() + 36 * 3600_000).toISOString().slice(0, 10);
  const { workspace, member, result } = await place("1102", {
    slots: [{ start: `${tomorrow}T09:00`, end: `${tomorrow}T11:00` }],
    serviceDurationMinutes: 90,
    earliestAvailable: `${tomorrow}T08:00`,
    context: { callbackReason: "AC pricing", previousInteraction: "Called at 2 pm" },
    maxDuration: 420,
  });
  assert.ok(result.ok);
  const failed = await settled(workspace.id, result.data.id);
  const retried = await retryCall(failed, { workspace, userId: member.user.id });
  assert.ok(retried.ok, JSON.stringify(retried));
  const [first, second] = requestsFor(workspace).map((r) => JSON.parse(r.body) as Record<string, unknown>);
  assert.deepEqual(second, first, "the same body, field for field");
  assert.ok((first.scheduling_options as { earliest_available?: string }).earliest_available);
  const [row] = await db.select().from(calls).where(eq(calls.id, retried.data.id));
  assert.equal(row.retryOfCallId, failed.id);
});

test("Call again pre-fills every field of the original request", async () => {
  const { requestFieldsOf } = await import("./retry-call");
  const { db, calls } = await modules();
  const tomorrow = new Date(Date.now() + 36 * 3600_000).toISOString().slice(0, 10);
  const { result, workspace } = await place("0128", {
    slots: [{ start: `${tomorrow}T09:00`, end: `${tomorrow}T11:00` }],
    serviceDurationMinutes: 60,
    earliestAvailable: `${tomorrow}T08:30`,
  });
  assert.ok(result.ok);
  const [call] = await db.select().from(calls).where(eq(calls.id, result.data.id));
  const fields = requestFieldsOf(call, workspace.timeZone);
  assert.deepEqual(fields.slots, [{ start: `${tomorrow}T09:00`, end: `${tomorrow}T11:00` }]);
  assert.equal(fields.serviceDurationMinutes, 60);
  assert.equal(fields.earliestAvailable, `${tomorrow}T08:30`);
  assert.equal(fields.maxDuration, 300);
  assert.equal(fields.recordCall, true);
  assert.equal(fields.context.callbackReason, "Questions about AC maintenance pricing");
});

// Keeps the `Member` import honest for readers: the actor of every call above is a member.
export type { Member };

test("odd optional fields are dropped one by one, never the event; an envelope time without offset is the workspace's", async () => {
  const { db, calls, webhookEvents } = await modules();
  const { createSentCall } = await import("@/db/testing/call-factory");
  const { webhookHeaders } = await import("@/lib/webhooks/signature");
  const { receiveWebhook } = await import("@/lib/webhooks/receive");
  const workspace = await createWorkspace();
  const { call, providerCallId } = await createSentCall(workspace, { status: "in_progress" });
  const body = JSON.stringify({
    event: "voice_call.completed",
    call_id: providerCallId,
    timestamp: "2026-11-30T09:15:00",
    data: {
      status: "completed",
      duration: "ninety",
      answered_by: "answering_machine",
      recording_url: "not a url",
      transcript_url: null,
      outcome: { type: "payment_promised", amount: "249.50", promised_date: 20261207, notes: null },
      ai_summary: "Promised to pay next week.",
    },
    delivery_attempt: 1,
  });
  const headers = new Headers(
    webhookHeaders({
      secrets: process.env.PROVIDER_WEBHOOK_SECRET!,
      id: `msg_${randomUUID()}`,
      timestamp: Math.floor(Date.now() / 1000),
      body,
    }),
  );
  const out = await receiveWebhook(headers, body);
  assert.equal(out.status, 200, JSON.stringify(out.body));
  const [row] = await db.select().from(calls).where(eq(calls.id, call.id));
  assert.equal(row.status, "completed");
  assert.equal(row.durationSeconds, null);
  assert.equal(row.recordingUrl, null);
  assert.equal(row.outcome?.amount, 249.5);
  assert.equal(row.outcome?.promised_date, undefined);
  assert.equal(row.aiSummary, "Promised to pay next week.");
  assert.equal(row.endedAt?.toISOString(), "2026-11-30T17:15:00.000Z", "09:15 in Los Angeles");
  const [event] = await db.select().from(webhookEvents).where(eq(webhookEvents.callId, call.id));
  assert.equal((event.payload.data as Record<string, unknown>).duration, "ninety", "the record keeps what was sent");
});
