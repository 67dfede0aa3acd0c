import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, test } from "node:test";
import { and, eq } from "drizzle-orm";
import { startDatabaseAndSimulator } from "@/db/testing/provider-env";
import { createAssistant, createCustomer, createMember, createWorkspace } from "@/db/testing/factories";
import { startSimulatorServer, type SimulatorServer } from "@/lib/provider/simulator/server";
import { TEST_SIMULATOR_CREDENTIALS } from "@/db/testing/simulator-credentials";
import type { PlaceCallValues } from "@/lib/validation/call";
import type { Member } from "@/lib/auth/session";
import { zoneWhereItIs } from "@/lib/time/zone-at-hour";

// Integration: the real place-call path, a real database (PGlite, or PostgreSQL when DATABASE_URL
// is set) and the simulator over real HTTP on a loopback port.
let env: Awaited<ReturnType<typeof startDatabaseAndSimulator>>;
let sim: SimulatorServer;

before(async () => {
  env = await startDatabaseAndSimulator();
  sim = env.sim;
});

after(() => env?.cleanup());

async function modules() {
  const [{ placeCall: place }, { db }, schema] = await Promise.all([import("./place-call"), import("@/db"), import("@/db/schema")]);
  const placeCall = (values: PlaceCallValues, member: Member) => place(values, { workspace: member.workspace, userId: member.user.id });
  return { placeCall, db, ...schema };
}

async function scenario(phone = "+13105550123", customerOverrides = {}) {
  const workspace = await createWorkspace();
  const member = await createMember(workspace);
  const assistant = await createAssistant(workspace, { providerAssistantId: "asst_callback_001" });
  // Noon for the customer whatever the clock says, so the calling-hours rule lets calls through.
  const customer = await createCustomer(workspace, { phone, timeZone: zoneWhereItIs(12), ...customerOverrides });
  const values: PlaceCallValues = {
    requestKey: randomUUID(),
    customerId: customer.id,
    phoneNumber: phone.replace("+1", ""),
    purpose: "callback",
    assistantId: assistant.id,
    context: { callbackReason: "Questions about AC maintenance pricing", previousInteraction: "Called at 2 pm, we were closed" },
    slots: [{ start: "2026-12-01T09:00", end: "2026-12-01T11:00" }],
    serviceDurationMinutes: 90,
    maxDuration: 300,
    recordCall: true,
  };
  return { workspace, member, assistant, customer, values };
}

const simCallsFor = (providerWorkspaceId: string) => [...sim.store.calls.values()].filter((c) => c.workspaceId === providerWorkspaceId);

test("placing a call stores it and sends the contract's request to the provider", async () => {
  const { placeCall, db, calls, callEvents } = await modules();
  const { workspace, member, customer, values } = await scenario();
  const result = await placeCall(values, member);
  assert.ok(result.ok, JSON.stringify(result));
  assert.match(result.data.providerCallId ?? "", /^call_/);
  assert.equal(result.data.status, "queued");
  assert.ok(result.data.trackingUrl);

  const [sent] = simCallsFor(workspace.providerWorkspaceId);
  assert.equal(sent.idempotencyKey, values.requestKey);
  assert.equal(sent.callId, result.data.providerCallId);
  assert.equal(sent.request.phone_number, "+13105550123");
  assert.equal(sent.request.call_purpose, "callback");
  assert.equal(sent.request.assistant_id, "asst_callback_001");
  assert.deepEqual(sent.request.customer_info, { name: customer.name, customer_id: customer.id, preferred_name: "John" });
  assert.equal(sent.request.context?.callback_reason, "Questions about AC maintenance pricing");
  // Slots are wall times in the workspace's zone (Los Angeles), sent with their offset.
  assert.deepEqual(sent.request.scheduling_options?.available_slots, [
    { start: "2026-12-01T09:00:00-08:00", end: "2026-12-01T11:00:00-08:00" },
  ]);
  assert.equal(sent.request.scheduling_options?.service_duration_minutes, 90);
  assert.equal(sent.request.webhook_url, "http://127.0.0.1:9/api/webhooks/provider");
  assert.equal(sent.request.max_duration, 300);
  assert.equal(sent.request.record_call, true);

  const [row] = await db.select().from(calls).where(eq(calls.id, result.data.id));
  assert.equal(row.workspaceId, workspace.id);
  assert.equal(row.placedBy, member.user.id);
  assert.equal(row.sendAttempts, 1);
  const events = await db.select().from(callEvents).where(eq(callEvents.callId, row.id)).orderBy(callEvents.id);
  assert.deepEqual(
    events.map((e) => e.type),
    ["created", "provider_accepted"],
  );
});

test("a resubmit or a double click with the same request key places one call", async () => {
  const { placeCall, db, calls } = await modules();
  const { workspace, member, values } = await scenario();
  const [a, b] = await Promise.all([placeCall(values, member), placeCall(values, member)]);
  const c = await placeCall(values, member);
  assert.ok(a.ok && b.ok && c.ok);
  assert.equal(a.data.id, b.data.id);
  assert.equal(a.data.id, c.data.id);
  assert.equal(c.data.providerCallId, a.data.providerCallId ?? b.data.providerCallId);
  assert.equal(simCallsFor(workspace.providerWorkspaceId).length, 1);
  const rows = await db.select().from(calls).where(eq(calls.workspaceId, workspace.id));
  assert.equal(rows.length, 1);
});

test("a do-not-call customer is refused on the server and the refusal is kept", async () => {
  const { placeCall, db, calls } = await modules();
  const { workspace, member, values } = await scenario("+13105550124", { doNotCall: true, doNotCallReason: "Asked on 2026-10-02" });
  const result = await placeCall(values, member);
  assert.equal(result.ok, false);
  assert.match(!result.ok ? result.error : "", /do-not-call list/);
  assert.equal(simCallsFor(workspace.providerWorkspaceId).length, 0);
  const [row] = await db.select().from(calls).where(eq(calls.workspaceId, workspace.id));
  assert.equal(row.status, "blocked");
  assert.match(row.lastError ?? "", /do-not-call/);
});

test("another customer on a do-not-call number blocks the call too", async () => {
  const { placeCall } = await modules();
  const { workspace, member, values } = await scenario("+13105550125");
  await createCustomer(workspace, { name: "Old Record", phone: "+13105550125", doNotCall: true });
  const result = await placeCall(values, member);
  assert.equal(result.ok, false);
  assert.equal(simCallsFor(workspace.providerWorkspaceId).length, 0);
});

test("a provider refusal is shown in plain words, the provider's message in small print, and not retried", async () => {
  const { placeCall, db, jobs } = await modules();
  const { member, values } = await scenario("+13105550400");
  const result = await placeCall(values, member);
  assert.ok(result.ok);
  assert.equal(result.data.status, "rejected");
  assert.equal(result.data.message, "The provider cannot reach this number. Check the number with the customer.");
  assert.match(result.data.refusal?.smallPrint ?? "", /^number_unreachable · HTTP 422 · This number cannot receive calls/);
  const open = await db.select().from(jobs);
  assert.ok(open.every((j) => j.doneAt !== null));
});

test("a customer of another workspace cannot be called", async () => {
  const { placeCall } = await modules();
  const { member, values } = await scenario("+13105550126");
  const other = await scenario("+13105550127");
  const result = await placeCall({ ...values, customerId: other.customer.id }, member);
  assert.equal(result.ok, false);
  assert.ok(!result.ok && result.fieldErrors?.customerId);
});

test("a call the provider cannot take yet stays pending and the durable job sends it once", async () => {
  const { placeCall, db, calls, jobs } = await modules();
  const { drainDueJobs } = await import("@/lib/jobs/worker");
  const { registerCallJobs } = await import("./jobs");
  registerCallJobs();
  const { workspace, member, values } = await scenario("+13105550128");

  // Point the app at a port nobody listens on, then bring the provider up there.
  const probe = await startSimulatorServer({ apiKey: TEST_SIMULATOR_CREDENTIALS.apiKey });
  const port = new URL(probe.url).port;
  await probe.close();
  const { env } = await import("@/lib/env");
  const saved = env().PROVIDER_API_URL;
  env().PROVIDER_API_URL = `http://127.0.0.1:${port}/v1`;
  try {
    const result = await placeCall(values, member);
    assert.ok(result.ok);
    assert.equal(result.data.status, "pending");
    assert.match(result.data.message ?? "", /retrying automatically/);

    const [job] = await db
      .select()
      .from(jobs)
      .where(eq(jobs.payload, { callId: result.data.id, workspaceId: workspace.id }));
    assert.equal(job.doneAt, null);
    assert.ok(job.runAt.getTime() > Date.now(), "the retry is scheduled for later");

    const late = await startSimulatorServer({ apiKey: TEST_SIMULATOR_CREDENTIALS.apiKey, port: Number(port), store: sim.store });
    try {
      await db
        .update(jobs)
        .set({ runAt: new Date(Date.now() - 1000) })
        .where(eq(jobs.id, job.id));
      assert.ok((await drainDueJobs()) >= 1);
      assert.equal(await drainDueJobs(), 0, "nothing left to run");
    } finally {
      await late.close();
    }
    const [row] = await db
      .select()
      .from(calls)
      .where(and(eq(calls.workspaceId, workspace.id), eq(calls.id, result.data.id)));
    assert.equal(row.status, "queued");
    assert.ok(row.providerCallId);
    assert.equal(row.lastError, null);
    assert.equal(simCallsFor(workspace.providerWorkspaceId).length, 1);
  } finally {
    env().PROVIDER_API_URL = saved;
  }
});

test("outside calling hours the call is refused with the next allowed time, or held until then", async () => {
  const { placeCall, db, calls, jobs } = await modules();
  const { workspace, member, values } = await scenario("+13105550131", { timeZone: zoneWhereItIs(23) });
  const refused = await placeCall(values, member);
  assert.equal(refused.ok, false);
  assert.ok(!refused.ok && refused.code === "outside_calling_hours");
  const allowedAt = new Date(!refused.ok ? refused.allowedAt! : 0);
  assert.ok(
    allowedAt.getTime() > Date.now() + 8 * 3600_000 && allowedAt.getTime() < Date.now() + 10 * 3600_000,
    "about 9 hours from 23:00 to 08:00",
  );
  assert.equal(simCallsFor(workspace.providerWorkspaceId).length, 0);
  assert.equal((await db.select().from(calls).where(eq(calls.workspaceId, workspace.id))).length, 0, "an offer, not a stored refusal");

  const held = await placeCall({ ...values, scheduleIfOutsideHours: true }, member);
  assert.ok(held.ok);
  assert.equal(held.data.status, "scheduled");
  assert.equal(held.data.scheduledFor, allowedAt.toISOString());
  const [job] = await db
    .select()
    .from(jobs)
    .where(eq(jobs.payload, { callId: held.data.id, workspaceId: workspace.id }));
  assert.equal(job.runAt.toISOString(), allowedAt.toISOString());
  const [row] = await db.select().from(calls).where(eq(calls.id, held.data.id));
  assert.equal(row.compliance?.checks.find((c) => c.rule === "calling_hours")?.result, "fail");
  assert.equal(simCallsFor(workspace.providerWorkspaceId).length, 0, "nothing sent before the window opens");
});

test("a second call to the same customer within 2 minutes needs the dispatcher's confirmation", async () => {
  const { placeCall } = await modules();
  const { workspace, member, values } = await scenario("+13105550132");
  assert.ok((await placeCall(values, member)).ok);
  const again = { ...values, requestKey: randomUUID() };
  const warned = await placeCall(again, member);
  assert.ok(!warned.ok && warned.code === "confirm_duplicate", JSON.stringify(warned));
  const confirmed = await placeCall({ ...again, confirmDuplicate: true }, member);
  assert.ok(confirmed.ok);
  assert.equal(simCallsFor(workspace.providerWorkspaceId).length, 2);
});

test("outside calling hours a second call to a customer with one already held asks first, then is held too", async () => {
  const { placeCall } = await modules();
  const { member, values } = await scenario("+13105550139", { timeZone: zoneWhereItIs(23) });
  const first = await placeCall({ ...values, scheduleIfOutsideHours: true }, member);
  assert.ok(first.ok && first.data.status === "scheduled");
  // Held as well without asking, the two would both dial the customer when the window opens.
  const again = { ...values, requestKey: randomUUID(), scheduleIfOutsideHours: true };
  const warned = await placeCall(again, member);
  assert.ok(!warned.ok && warned.code === "confirm_duplicate", JSON.stringify(warned));
  const confirmed = await placeCall({ ...again, confirmDuplicate: true }, member);
  assert.ok(confirmed.ok && confirmed.data.status === "scheduled", JSON.stringify(confirmed));
});

test("an eighth collections call in 7 days is refused and kept with the rule and when it lifts", async () => {
  const { placeCall, db, calls } = await modules();
  const { workspace, member, values, customer, assistant } = await scenario("+13105550133");
  const base = {
    workspaceId: workspace.id,
    customerId: customer.id,
    assistantId: assistant.id,
    purpose: "collections" as const,
    phoneNumber: customer.phone,
    customerName: customer.name,
    context: {},
    maxDuration: 600,
    recordCall: false,
    webhookUrl: "x",
    requestBody: {},
    status: "no_answer" as const,
  };
  for (let d = 1; d <= 7; d++) {
    await db.insert(calls).values({ ...base, idempotencyKey: randomUUID(), createdAt: new Date(Date.now() - d * 20 * 3600_000) });
  }
  const result = await placeCall({ ...values, purpose: "collections", context: {} }, member);
  assert.ok(!result.ok && result.code === "collections_attempts", JSON.stringify(result));
  assert.ok(!result.ok && new Date(result.allowedAt!).getTime() > Date.now());
  const blocked = (await db.select().from(calls).where(eq(calls.customerId, customer.id))).filter((c) => c.status === "blocked");
  assert.equal(blocked.length, 1);
  assert.match(blocked[0].lastError ?? "", /collections calls in the last 7 days/);
  assert.equal(simCallsFor(workspace.providerWorkspaceId).length, 0);
});

test("a held call is re-checked when due: still outside hours it waits, inside it is sent once", async () => {
  const { placeCall, db, calls, jobs, customers } = await modules();
  const { drainDueJobs } = await import("@/lib/jobs/worker");
  (await import("./jobs")).registerCallJobs();
  const { workspace, member, values, customer } = await scenario("+13105550134", { timeZone: zoneWhereItIs(23) });
  const held = await placeCall({ ...values, scheduleIfOutsideHours: true }, member);
  assert.ok(held.ok && held.data.status === "scheduled");
  const due = () =>
    db
      .update(jobs)
      .set({ runAt: new Date(Date.now() - 1000) })
      .where(eq(jobs.payload, { callId: held.data.id, workspaceId: workspace.id }));

  await due();
  await drainDueJobs();
  let [row] = await db.select().from(calls).where(eq(calls.id, held.data.id));
  assert.equal(row.status, "scheduled", "the window has not opened: held again");

  await db
    .update(customers)
    .set({ timeZone: zoneWhereItIs(12) })
    .where(eq(customers.id, customer.id));
  await due();
  await drainDueJobs();
  [row] = await db.select().from(calls).where(eq(calls.id, held.data.id));
  assert.equal(row.status, "queued");
  assert.equal(simCallsFor(workspace.providerWorkspaceId).length, 1);
});

test("a number the workspace may not call is refused on the server too, with nothing stored or sent", async () => {
  const { placeCall, db, calls } = await modules();
  const { workspace, member, values } = await scenario("+14165550123");
  const usOnly = { ...member, workspace: { ...workspace, allowedCountries: ["US"] } };
  const refused = await placeCall(values, usOnly);
  assert.equal(refused.ok, false);
  assert.equal(!refused.ok && refused.code, "number_not_allowed");
  assert.match(!refused.ok ? (refused.fieldErrors?.phoneNumber ?? "") : "", /in the US only; this one is in Canada/);

  const premium = await placeCall({ ...values, requestKey: randomUUID(), phoneNumber: "+1 900 555 0123" }, member);
  assert.match(!premium.ok ? premium.error : "", /premium-rate/);
  assert.deepEqual(await db.select().from(calls).where(eq(calls.workspaceId, workspace.id)), []);
  assert.deepEqual(simCallsFor(workspace.providerWorkspaceId), []);
});
