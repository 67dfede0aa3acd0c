import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, test } from "node:test";
import { and, eq } from "drizzle-orm";
import { startDatabaseAndSimulator } from "@/db/testing/provider-env";
import { createAssistant, createCustomer, createMember, createWorkspace } from "@/db/testing/factories";
import type { PlaceCallValues } from "@/lib/validation/call";
import { zoneWhereItIs } from "@/lib/time/zone-at-hour";

// Integration: cancelling a call that has not gone out, against a real database and the simulator
// over HTTP; the send job and a cancel race on the call's row and exactly one of them wins.
let env: Awaited<ReturnType<typeof startDatabaseAndSimulator>>;

before(async () => {
  env = await startDatabaseAndSimulator();
});

after(() => env?.cleanup());

async function modules() {
  const [{ placeCall }, { cancelCall }, { db }, schema, worker, jobs] = await Promise.all([
    import("./place-call"),
    import("./cancel-call"),
    import("@/db"),
    import("@/db/schema"),
    import("@/lib/jobs/worker"),
    import("./jobs"),
  ]);
  jobs.registerCallJobs();
  return { placeCall, cancelCall, db, drainDueJobs: worker.drainDueJobs, ...schema };
}

/** A call held by calling hours: it is 11 PM for the customer. */
async function heldCall(phone: string) {
  const { placeCall } = await modules();
  const workspace = await createWorkspace();
  const member = await createMember(workspace);
  const assistant = await createAssistant(workspace, { providerAssistantId: "asst_callback_001" });
  const customer = await createCustomer(workspace, { phone, timeZone: zoneWhereItIs(23) });
  const values: PlaceCallValues = {
    requestKey: randomUUID(),
    customerId: customer.id,
    phoneNumber: phone,
    purpose: "callback",
    assistantId: assistant.id,
    context: { callbackReason: "Asked about a second estimate" },
    slots: [],
    maxDuration: 300,
    recordCall: true,
    scheduleIfOutsideHours: true,
  };
  const held = await placeCall(values, { workspace, userId: member.user.id });
  assert.ok(held.ok && held.data.status === "scheduled", JSON.stringify(held));
  return { workspace, member, customer, callId: held.data.id };
}

const sentFor = (providerWorkspaceId: string) => [...env.sim.store.calls.values()].filter((c) => c.workspaceId === providerWorkspaceId);

test("a scheduled call is canceled with who and when, audited, and never sent when its time comes", async () => {
  const { cancelCall, db, calls, callEvents, auditLog, jobs, drainDueJobs, customers } = await modules();
  const { workspace, member, customer, callId } = await heldCall("+13105550141");
  const [stored] = await db.select().from(calls).where(eq(calls.id, callId));
  assert.equal(stored.customerTimeZone, customer.timeZone, "the zone the rule used is kept for the card");

  const result = await cancelCall({ workspaceId: workspace.id, callId, userId: member.user.id });
  assert.ok(result.ok, JSON.stringify(result));

  const [row] = await db.select().from(calls).where(eq(calls.id, callId));
  assert.equal(row.status, "canceled");
  assert.equal(row.canceledBy, member.user.id);
  assert.ok(row.canceledAt);
  const events = await db.select().from(callEvents).where(eq(callEvents.callId, callId));
  assert.ok(events.some((e) => e.type === "canceled_by_dispatcher" && e.data.by === member.user.id));
  const [audit] = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, "call"), eq(auditLog.entityId, callId)));
  assert.equal(audit.action, "call.cancel");
  assert.equal(audit.actorId, member.user.id);
  assert.deepEqual(audit.before?.status, "scheduled");
  const [job] = await db
    .select()
    .from(jobs)
    .where(eq(jobs.payload, { callId, workspaceId: workspace.id }));
  assert.ok(job.doneAt, "the send job is done");

  // The window opens and the job would be due: nothing goes out.
  await db
    .update(customers)
    .set({ timeZone: zoneWhereItIs(12) })
    .where(eq(customers.id, customer.id));
  await db
    .update(jobs)
    .set({ runAt: new Date(Date.now() - 1000), doneAt: null })
    .where(eq(jobs.id, job.id));
  await drainDueJobs();
  const [afterRun] = await db.select().from(calls).where(eq(calls.id, callId));
  assert.equal(afterRun.status, "canceled");
  assert.deepEqual(sentFor(workspace.providerWorkspaceId), []);

  const again = await cancelCall({ workspaceId: workspace.id, callId, userId: member.user.id });
  assert.equal(again.ok, false);
});

test("a call whose send is in flight cannot be canceled; a retrying one can", async () => {
  const { cancelCall, db, calls } = await modules();
  const { markCallSending } = await import("@/db/queries/calls");
  const { workspace, member, callId } = await heldCall("+13105550142");
  // As after a failed send: pending, waiting for the next try.
  await db.update(calls).set({ status: "pending", lastError: "retrying automatically" }).where(eq(calls.id, callId));
  assert.ok(await markCallSending({ workspaceId: workspace.id, id: callId }));
  const refused = await cancelCall({ workspaceId: workspace.id, callId, userId: member.user.id });
  assert.equal(refused.ok, false);
  assert.match(!refused.ok ? refused.error : "", /being sent right now/);

  await db.update(calls).set({ sendingAt: null }).where(eq(calls.id, callId));
  const done = await cancelCall({ workspaceId: workspace.id, callId, userId: member.user.id });
  assert.ok(done.ok);
  assert.equal(await markCallSending({ workspaceId: workspace.id, id: callId }), false, "the send job finds nothing to send");
});

test("cancel racing the send job: either the call is canceled and never sent, or sent and not canceled", async () => {
  const { cancelCall, db, calls, jobs, customers, drainDueJobs } = await modules();
  for (let i = 0; i < 6; i++) {
    const { workspace, member, customer, callId } = await heldCall(`+1310555015${i}`);
    await db
      .update(customers)
      .set({ timeZone: zoneWhereItIs(12) })
      .where(eq(customers.id, customer.id));
    await db
      .update(jobs)
      .set({ runAt: new Date(Date.now() - 1000) })
      .where(eq(jobs.payload, { callId, workspaceId: workspace.id }));
    const [cancel] = await Promise.all([cancelCall({ workspaceId: workspace.id, callId, userId: member.user.id }), drainDueJobs()]);
    const [row] = await db.select().from(calls).where(eq(calls.id, callId));
    const sent = sentFor(workspace.providerWorkspaceId).length;
    if (cancel.ok) {
      assert.equal(row.status, "canceled");
      assert.equal(sent, 0, "a canceled call never reaches the provider");
    } else {
      assert.notEqual(row.status, "canceled");
      assert.equal(sent, 1);
    }
  }
});
