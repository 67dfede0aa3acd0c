import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, test } from "node:test";
import { and, eq, sql } from "drizzle-orm";
import { executeRows } from "@/db/raw";
import { startDatabaseAndSimulator } from "@/db/testing/provider-env";
import { createAssistant, createMember, createWorkspace } from "@/db/testing/factories";
import type { Workspace } from "@/db/schema";
import { zoneWhereItIs } from "@/lib/time/zone-at-hour";

// Integration: the campaign scheduler against a real database and the simulator over HTTP. Every
// row goes through placeCall; call ends are written straight onto the calls (the simulator's
// webhooks have nowhere to go here), as the webhook path would.
let env: Awaited<ReturnType<typeof startDatabaseAndSimulator>>;

before(async () => {
  env = await startDatabaseAndSimulator();
});

after(() => env?.cleanup());

async function modules() {
  const [
    { db },
    schema,
    queries,
    { drainDueJobs },
    { registerCampaignJobs },
    { registerCallJobs },
    { controlCampaign },
    { addRecipients },
    { settleCampaignCalls },
  ] = await Promise.all([
    import("@/db"),
    import("@/db/schema"),
    import("@/db/queries/campaigns"),
    import("@/lib/jobs/worker"),
    import("./jobs"),
    import("@/lib/calls/jobs"),
    import("./control"),
    import("./add-recipients"),
    import("./settle"),
  ]);
  registerCampaignJobs();
  registerCallJobs();
  return { db, ...schema, ...queries, drainDueJobs, controlCampaign, addRecipients, settleCampaignCalls };
}

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

async function scenario({ rows = 4, maxInFlight = 50, retryOn = [] as ("no_answer" | "busy" | "voicemail")[], maxAttempts = 1 } = {}) {
  const { insertCampaign, addRecipients } = await modules();
  const workspace: Workspace = await createWorkspace();
  const manager = await createMember(workspace, "manager");
  const assistant = await createAssistant(workspace, { purposes: ["appointment_reminder"] });
  const campaign = await insertCampaign({
    workspaceId: workspace.id,
    name: "Tomorrow's visits",
    purpose: "appointment_reminder",
    assistantId: assistant.id,
    contextTemplate: "Remind {first_name} of the visit {appointment}",
    startDate: inDays(-1),
    endDate: inDays(2),
    dailyStartMinute: 8 * 60,
    dailyEndMinute: 21 * 60,
    ratePerMinute: 600,
    maxInFlight,
    retryOn,
    retryAfterHours: 2,
    maxAttempts,
    createdBy: manager.user.id,
  });
  // Customers where it is noon, so calling hours hold whatever the time of the run.
  const zone = zoneWhereItIs(12);
  const recipients = Array.from({ length: rows }, (_, i) => ({
    rowNumber: i + 2,
    phone: `+1310555${String(7200 + i).padStart(4, "0")}`,
    name: `Person ${i}`,
    timeZone: zone,
    fields: { first_name: `P${i}`, appointment: "tomorrow at 9" },
  }));
  const added = await addRecipients({ workspace, campaignId: campaign.id, recipients });
  assert.ok(added.ok, JSON.stringify(added));
  return { workspace, manager, campaign };
}

/** Runs the campaign's scheduler now (its job books itself a second ahead) and the sends it queued. */
async function tick() {
  const { db, jobs, drainDueJobs } = await modules();
  await db
    .update(jobs)
    .set({ runAt: sql`now()` })
    .where(and(eq(jobs.kind, "campaign_tick"), sql`done_at is null`));
  // Calls owed: pacing has its own test; these are about which rows are dialled.
  await db.execute(sql`update campaigns set pace_tokens = -1000, pace_at = now() where status = 'running'`);
  await drainDueJobs();
}

async function rowsOf(campaignId: string) {
  const { db, campaignRows } = await modules();
  return db.select().from(campaignRows).where(eq(campaignRows.campaignId, campaignId)).orderBy(campaignRows.rowNumber);
}

async function callsOf(campaignId: string) {
  const { db, calls } = await modules();
  return db.select().from(calls).where(eq(calls.campaignId, campaignId));
}

/** The calls end as a terminal path ends them: the call updated and its row settled in one transaction. */
async function endCalls(campaignId: string, status: "completed" | "no_answer", outcomeType: string | null = "information_provided") {
  const { db, settleCampaignCalls } = await modules();
  await db.transaction(async (tx) => {
    const ended = await executeRows<{ id: string }>(
      tx,
      sql`update calls set status = ${status}, outcome_type = ${status === "completed" ? outcomeType : null}, ended_at = now()
          where campaign_id = ${campaignId}::uuid and status not in ('completed','no_answer','blocked') returning id`,
    );
    await settleCampaignCalls(
      ended.map((c) => c.id),
      tx,
    );
  });
}

test("started, every row is dialled once through placeCall, tagged with the campaign, with its own context", async () => {
  const { controlCampaign } = await modules();
  const { workspace, manager, campaign } = await scenario({ rows: 4 });
  assert.ok((await controlCampaign({ workspaceId: workspace.id, campaignId: campaign.id, command: "start", userId: manager.user.id })).ok);
  await tick();
  const rows = await rowsOf(campaign.id);
  assert.deepEqual(
    rows.map((r) => r.state),
    ["calling", "calling", "calling", "calling"],
  );
  const calls = await callsOf(campaign.id);
  assert.equal(calls.length, 4);
  assert.equal(new Set(calls.map((c) => c.idempotencyKey)).size, 4);
  assert.equal(calls.find((c) => c.customerName === "Person 1")?.context.appointmentInfo, "Remind P1 of the visit tomorrow at 9");
  // A second run while the calls are out dials nothing more.
  await tick();
  assert.equal((await callsOf(campaign.id)).length, 4);
  await endCalls(campaign.id, "completed");
  await tick();
  assert.deepEqual(
    (await rowsOf(campaign.id)).map((r) => r.state),
    ["done", "done", "done", "done"],
  );
  const { findCampaign } = await modules();
  assert.equal((await findCampaign({ workspaceId: workspace.id, id: campaign.id }))?.status, "completed");
});

test("no more than max-in-flight calls are out at once", async () => {
  const { controlCampaign } = await modules();
  const { workspace, manager, campaign } = await scenario({ rows: 5, maxInFlight: 2 });
  await controlCampaign({ workspaceId: workspace.id, campaignId: campaign.id, command: "start", userId: manager.user.id });
  await tick();
  assert.equal((await callsOf(campaign.id)).length, 2);
  await endCalls(campaign.id, "completed");
  await tick();
  assert.equal((await callsOf(campaign.id)).length, 4);
});

test("a customer who opts out mid-campaign is never called, though queued; the row keeps the reason", async () => {
  const { controlCampaign, db, customers } = await modules();
  const { workspace, manager, campaign } = await scenario({ rows: 3, maxInFlight: 1 });
  await controlCampaign({ workspaceId: workspace.id, campaignId: campaign.id, command: "start", userId: manager.user.id });
  await tick();
  const last = (await rowsOf(campaign.id))[2];
  await db.update(customers).set({ doNotCall: true, doNotCallReason: "said stop" }).where(eq(customers.id, last.customerId));
  for (let i = 0; i < 3; i++) {
    await endCalls(campaign.id, "completed");
    await tick();
  }
  const rows = await rowsOf(campaign.id);
  assert.equal(rows[2].state, "refused");
  assert.match(rows[2].reason ?? "", /do-not-call/);
  const calls = await callsOf(campaign.id);
  assert.equal(calls.filter((c) => c.customerId === last.customerId && c.status !== "blocked").length, 0);
});

test("a tick that only refuses a row still tells the open campaign page", async () => {
  const { controlCampaign, db, customers } = await modules();
  const { handle } = await import("@/db");
  const { CAMPAIGN_CHANNEL } = await import("./notify");
  const { workspace, manager, campaign } = await scenario({ rows: 3, maxInFlight: 1 });
  await controlCampaign({ workspaceId: workspace.id, campaignId: campaign.id, command: "start", userId: manager.user.id });
  await tick();
  // The first call ends and settles; of the rows left, one opts out and one is now asleep, so the
  // next tick dials nothing and the campaign stays open.
  await endCalls(campaign.id, "completed");
  const [, optOut, asleep] = await rowsOf(campaign.id);
  await db.update(customers).set({ doNotCall: true, doNotCallReason: "said stop" }).where(eq(customers.id, optOut.customerId));
  await db
    .update(customers)
    .set({ timeZone: zoneWhereItIs(3) })
    .where(eq(customers.id, asleep.customerId));
  const heard: string[] = [];
  const stop = await handle().listen(CAMPAIGN_CHANNEL, (payload) => heard.push(payload));
  try {
    await tick();
    assert.deepEqual(
      (await rowsOf(campaign.id)).map((r) => r.state),
      ["done", "refused", "waiting"],
    );
    // NOTIFY is delivered after commit; give the listener a moment to hear it.
    for (let i = 0; i < 50 && heard.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    assert.ok(heard.includes(`${workspace.id}:${campaign.id}`), `heard ${JSON.stringify(heard)}`);
  } finally {
    await stop();
  }
});

test("a row outside its callee's hours waits for them; it is not refused or dialled", async () => {
  const { controlCampaign, db, customers } = await modules();
  const { workspace, manager, campaign } = await scenario({ rows: 2 });
  const [, night] = await rowsOf(campaign.id);
  await db
    .update(customers)
    .set({ timeZone: zoneWhereItIs(3) })
    .where(eq(customers.id, night.customerId));
  await controlCampaign({ workspaceId: workspace.id, campaignId: campaign.id, command: "start", userId: manager.user.id });
  await tick();
  const rows = await rowsOf(campaign.id);
  assert.equal(rows[0].state, "calling");
  assert.equal(rows[1].state, "waiting");
  assert.equal(rows[1].attempt, 0);
  assert.ok(rows[1].nextAt.getTime() > Date.now() + 4 * 3600_000, "waits for 8 AM their time");
  assert.equal((await callsOf(campaign.id)).length, 1);
});

test("no answer is tried again under the retry policy, with a new key per attempt", async () => {
  const { controlCampaign, db, campaignRows } = await modules();
  const { workspace, manager, campaign } = await scenario({ rows: 1, retryOn: ["no_answer"], maxAttempts: 2 });
  await controlCampaign({ workspaceId: workspace.id, campaignId: campaign.id, command: "start", userId: manager.user.id });
  await tick();
  await endCalls(campaign.id, "no_answer");
  await tick();
  let [row] = await rowsOf(campaign.id);
  assert.equal(row.state, "waiting");
  assert.ok(row.nextAt.getTime() > Date.now() + 3600_000);
  // Two hours later (moved by hand): the second attempt.
  await db.update(campaignRows).set({ nextAt: new Date() }).where(eq(campaignRows.id, row.id));
  // The duplicate guard counts the first call for 2 minutes; it is older than that by then.
  await db.execute(sql`update calls set created_at = now() - interval '3 hours' where campaign_id = ${campaign.id}::uuid`);
  await tick();
  [row] = await rowsOf(campaign.id);
  assert.equal(row.attempt, 2);
  const calls = await callsOf(campaign.id);
  assert.equal(calls.length, 2);
  assert.notEqual(calls[0].idempotencyKey, calls[1].idempotencyKey);
  await endCalls(campaign.id, "no_answer");
  await tick();
  [row] = await rowsOf(campaign.id);
  assert.equal(row.state, "failed");
  assert.equal(row.reason, "No answer");
});

test("a row a dead tick left half-dialled is dialled again with the same key: one call", async () => {
  const { controlCampaign, db, campaignRows, claimDueRows } = await modules();
  const { workspace, manager, campaign } = await scenario({ rows: 1 });
  await controlCampaign({ workspaceId: workspace.id, campaignId: campaign.id, command: "start", userId: manager.user.id });
  // A tick claims the row and stores its call, then dies before marking the row 'calling'.
  const [claimed] = await claimDueRows({ campaignId: campaign.id, limit: 1 });
  const { dialRow } = await import("./dial-row");
  const first = await dialRow(campaign, claimed, workspace);
  assert.equal(first.kind, "placed");
  await db
    .update(campaignRows)
    .set({ dialStartedAt: new Date(Date.now() - 60_000) })
    .where(eq(campaignRows.id, claimed.id));
  await tick();
  const [row] = await rowsOf(campaign.id);
  assert.equal(row.state, "calling");
  assert.equal(row.attempt, 1);
  assert.equal((await callsOf(campaign.id)).length, 1);
});

test("pause stops new dials, resume goes on, cancel closes the rows not yet dialled", async () => {
  const { controlCampaign, findCampaign } = await modules();
  const { workspace, manager, campaign } = await scenario({ rows: 3, maxInFlight: 1 });
  const cmd = (command: "start" | "pause" | "resume" | "cancel") =>
    controlCampaign({ workspaceId: workspace.id, campaignId: campaign.id, command, userId: manager.user.id });
  await cmd("start");
  await tick();
  assert.ok((await cmd("pause")).ok);
  await endCalls(campaign.id, "completed");
  await tick();
  assert.equal((await callsOf(campaign.id)).length, 1, "paused: nothing new");
  assert.equal((await cmd("pause")).ok, false, "pausing twice is refused");
  assert.ok((await cmd("resume")).ok);
  await tick();
  assert.equal((await callsOf(campaign.id)).length, 2);
  assert.ok((await cmd("cancel")).ok);
  const rows = await rowsOf(campaign.id);
  assert.deepEqual(
    rows.map((r) => r.state),
    ["done", "calling", "canceled"],
  );
  assert.equal((await findCampaign({ workspaceId: workspace.id, id: campaign.id }))?.status, "canceled");
});

/** The provider's terminal webhook for a call, through the real apply path (no scheduler tick). */
async function webhookEnd(providerCallId: string, data: Record<string, unknown>) {
  const [{ applyWebhookEvent }, { parseWebhookBody }] = await Promise.all([
    import("@/lib/webhooks/apply-event"),
    import("@/lib/webhooks/envelope"),
  ]);
  const body = {
    event: data.status === "completed" ? "voice_call.completed" : "voice_call.failed",
    call_id: providerCallId,
    timestamp: new Date().toISOString(),
    data,
  };
  const parsed = parseWebhookBody(JSON.stringify(body));
  assert.ok(parsed.ok);
  return applyWebhookEvent(`wh_${randomUUID()}`, parsed.value);
}

test("canceled mid-call: rows not dialled close with the reason; rows on a call settle when their call ends", async () => {
  const { controlCampaign, findCampaign, drainDueJobs } = await modules();
  const { workspace, manager, campaign } = await scenario({ rows: 4, maxInFlight: 2, retryOn: ["no_answer"], maxAttempts: 3 });
  const cmd = (command: "start" | "cancel") =>
    controlCampaign({ workspaceId: workspace.id, campaignId: campaign.id, command, userId: manager.user.id });
  await cmd("start");
  await tick();
  assert.ok((await cmd("cancel")).ok);
  let rows = await rowsOf(campaign.id);
  assert.deepEqual(
    rows.map((r) => r.state),
    ["calling", "calling", "canceled", "canceled"],
  );
  assert.equal(rows[2].reason, "Not dialled: the campaign was canceled");
  const calls = await callsOf(campaign.id);
  const callOf = (rowIndex: number) => calls.find((c) => c.id === rows[rowIndex].callId)!;
  // No tick runs for them: the webhook that ends each call settles its row in the same transaction.
  await webhookEnd(callOf(0).providerCallId!, {
    status: "completed",
    duration: 42,
    answered_by: "human",
    outcome: { type: "information_provided" },
  });
  await webhookEnd(callOf(1).providerCallId!, { status: "no_answer", reason: "No answer" });
  rows = await rowsOf(campaign.id);
  assert.deepEqual(
    rows.map((r) => r.state),
    ["done", "canceled", "canceled", "canceled"],
  );
  // A retryable end is not tried again: there is no scheduler left to do it.
  assert.equal(rows[1].reason, "No answer; not tried again: the campaign was canceled");
  await drainDueJobs();
  assert.equal((await callsOf(campaign.id)).length, 2, "nothing dialled after the cancel");
  assert.equal((await findCampaign({ workspaceId: workspace.id, id: campaign.id }))?.status, "canceled");
});

test("a row refused at dial time links to the blocked call kept with the reason", async () => {
  const { controlCampaign, db, customers, campaignRows } = await modules();
  const { workspace, manager, campaign } = await scenario({ rows: 2 });
  const [first] = await db.select().from(campaignRows).where(eq(campaignRows.campaignId, campaign.id)).orderBy(campaignRows.rowNumber);
  await db.update(customers).set({ doNotCall: true, doNotCallReason: "asked us to stop" }).where(eq(customers.id, first.customerId));
  await controlCampaign({ workspaceId: workspace.id, campaignId: campaign.id, command: "start", userId: manager.user.id });
  await tick();
  const [row] = await rowsOf(campaign.id);
  assert.equal(row.state, "refused");
  assert.match(row.reason ?? "", /do-not-call list: asked us to stop/);
  const blocked = (await callsOf(campaign.id)).find((c) => c.id === row.callId);
  assert.equal(blocked?.status, "blocked");
});
