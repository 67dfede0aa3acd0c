import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { eq } from "drizzle-orm";
import { startDatabaseAndSimulator } from "@/db/testing/provider-env";
import { createAssistant, createWorkspace } from "@/db/testing/factories";
import { createPendingCall } from "@/db/testing/call-factory";

// Integration: the breaker on a real database (PGlite, or PostgreSQL with DATABASE_URL) in front of
// the simulator over HTTP, with its outage switch on and then off.
process.env.BREAKER_THRESHOLD = "3";
process.env.BREAKER_COOLDOWN_SECONDS = "4";
let env: Awaited<ReturnType<typeof startDatabaseAndSimulator>>;
before(async () => {
  env = await startDatabaseAndSimulator();
});
after(() => env?.cleanup());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test("an outage opens the breaker, holds calls with a message and an alert, and they all go out once it answers", async () => {
  const [{ db }, schema, { drainDueJobs }, { registerCallJobs }, { readBreaker }, { listOpenAlerts }, { providerGate }] = await Promise.all(
    [
      import("@/db"),
      import("@/db/schema"),
      import("@/lib/jobs/worker"),
      import("@/lib/calls/jobs"),
      import("@/db/queries/provider-breaker"),
      import("@/db/queries/alerts"),
      import("./breaker"),
    ],
  );
  registerCallJobs();
  const { sim } = env;
  const workspace = await createWorkspace();
  const assistant = await createAssistant(workspace, { providerAssistantId: "asst_callback_001" });
  const placed = [];
  for (let i = 0; i < 6; i++) placed.push((await createPendingCall(workspace, { assistant, phone: `+1310555${3000 + i}` })).call);

  sim.store.outage = true;
  await drainDueJobs(1);
  const breaker = await readBreaker();
  assert.equal(breaker.state, "open");
  assert.ok(breaker.openedAt);
  const rows = await db.select().from(schema.calls).where(eq(schema.calls.workspaceId, workspace.id));
  assert.deepEqual(rows.map((c) => c.sendAttempts).sort(), [0, 0, 0, 1, 1, 1], "three calls tried, then the rest held without a request");
  for (const call of rows) assert.equal(call.status, "pending");
  for (const call of rows.filter((c) => c.sendAttempts === 0)) {
    assert.match(
      call.lastError ?? "",
      /^The provider is not answering since \d{1,2}:\d{2} [AP]M; calls are queued and will go out automatically$/,
    );
  }
  const alerts = await listOpenAlerts({ workspaceId: workspace.id });
  assert.deepEqual(
    alerts.map((a) => a.kind),
    ["provider_outage"],
  );

  // Half-open: once the wait is over, one caller (across instances) gets the probe.
  await sleep(4100);
  const verdicts = await Promise.all([providerGate(), providerGate(), providerGate()]);
  assert.deepEqual(verdicts.map((v) => v.verdict).sort(), ["probe", "wait", "wait"]);
  // A failed probe opens it again, keeping when the outage began.
  await db.update(schema.providerBreaker).set({ retryAt: new Date() }).where(eq(schema.providerBreaker.id, "provider"));
  await drainDueJobs(1);
  const reopened = await readBreaker();
  assert.equal(reopened.state, "open");
  assert.equal(reopened.openedAt?.getTime(), breaker.openedAt.getTime());

  sim.store.outage = false;
  await sleep(4100);
  for (let i = 0; i < 5 && (await drainDueJobs()) >= 0; i++) {
    const left = await db.select().from(schema.calls).where(eq(schema.calls.status, "pending"));
    if (left.length === 0) break;
    await sleep(200);
  }
  assert.equal((await readBreaker()).state, "closed");
  const sent = await db.select().from(schema.calls).where(eq(schema.calls.workspaceId, workspace.id));
  assert.deepEqual(
    sent.map((c) => c.status),
    placed.map(() => "queued"),
  );
  assert.equal(sim.store.calls.size, placed.length, "each call dialled once");
  assert.deepEqual(await listOpenAlerts({ workspaceId: workspace.id }), [], "the alert resolved itself");
});
