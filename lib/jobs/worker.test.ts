import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, test } from "node:test";
import { eq, sql } from "drizzle-orm";
import { openTestDatabase } from "@/db/testing/test-database";
import { createWorkspace } from "@/db/testing/factories";

// Integration: the job queue and worker on a real database (PGlite, or PostgreSQL with DATABASE_URL).
process.env.INSTANCE_ID = "worker-test";
let database: Awaited<ReturnType<typeof openTestDatabase>>;
before(async () => {
  database = await openTestDatabase();
});
after(() => database?.cleanup());

async function modules() {
  const [{ db }, schema, queries, worker, kinds] = await Promise.all([
    import("@/db"),
    import("@/db/schema"),
    import("@/db/queries/jobs"),
    import("./worker"),
    import("./kinds"),
  ]);
  return { db, jobs: schema.jobs, ...queries, ...worker, ...kinds };
}

async function jobRow(id: number) {
  const { db, jobs } = await modules();
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
  return row;
}

test("a payload that does not fit its kind is refused when enqueued", async () => {
  const { enqueueJob } = await modules();
  await assert.rejects(enqueueJob({ kind: "send_call", payload: { callId: "not-a-uuid", workspaceId: randomUUID() } }));
});

test("a job that throws is backed off with its error, then dead after the cap, and an admin can run it again", async () => {
  const { enqueueJob, registerJobHandler, drainDueJobs, MAX_FAILURES, listDeadJobs, rerunDeadJob, db, jobs } = await modules();
  const workspace = await createWorkspace();
  let calls = 0;
  registerJobHandler("auto_retry", async () => {
    calls++;
    throw new Error("provider exploded");
  });
  const id = await enqueueJob({ kind: "auto_retry", payload: { workspaceId: workspace.id, callId: randomUUID() } });

  await drainDueJobs();
  let row = await jobRow(id);
  assert.equal(calls, 1);
  assert.equal(row.failures, 1);
  assert.equal(row.lastError, "provider exploded");
  assert.equal(row.lockedBy, null);
  assert.equal(row.deadAt, null);
  assert.ok(row.runAt.getTime() > Date.now() + 5_000, "backed off, not due again at once");

  for (let i = 1; i < MAX_FAILURES; i++) {
    await db.update(jobs).set({ runAt: new Date() }).where(eq(jobs.id, id));
    await drainDueJobs();
  }
  row = await jobRow(id);
  assert.equal(calls, MAX_FAILURES);
  assert.ok(row.deadAt, "dead after the cap");
  await db.update(jobs).set({ runAt: new Date() }).where(eq(jobs.id, id));
  assert.equal(await drainDueJobs(), 0, "a dead job is not claimed");

  const dead = await listDeadJobs({ workspaceId: workspace.id });
  assert.deepEqual(
    dead.map((j) => j.id),
    [id],
  );
  assert.deepEqual(await listDeadJobs({ workspaceId: (await createWorkspace()).id }), [], "other workspaces see none");
  assert.equal(await rerunDeadJob({ workspaceId: randomUUID(), id }), false, "only from its own workspace");
  assert.equal(await rerunDeadJob({ workspaceId: workspace.id, id }), true);
  registerJobHandler("auto_retry", async (job) => {
    calls++;
    const { completeJob } = await modules();
    await completeJob({ id: job.id });
  });
  assert.equal(await drainDueJobs(), 1);
  row = await jobRow(id);
  assert.ok(row.doneAt);
  assert.equal(row.deadAt, null);
});

test("a stored payload that does not fit its kind makes the job dead, not a crash loop", async () => {
  const { db, jobs, drainDueJobs, registerJobHandler } = await modules();
  registerJobHandler("fetch_transcript", async () => assert.fail("handler must not run"));
  const [row] = await db
    .insert(jobs)
    .values({ kind: "fetch_transcript", payload: { callId: 42 } })
    .returning();
  await drainDueJobs();
  const after = await jobRow(row.id);
  assert.ok(after.deadAt);
  assert.match(after.lastError ?? "", /payload does not match fetch_transcript/);
});

test("at start-up the worker frees the jobs this instance held when it died; other instances' leases stay", async () => {
  const { enqueueJob, claimDueJobs, startJobWorker, stopJobWorker, registerJobHandler, completeJob, db, jobs } = await modules();
  const workspace = await createWorkspace();
  const ran: number[] = [];
  registerJobHandler("auto_retry", async (job) => {
    ran.push(job.id);
    await completeJob({ id: job.id });
  });
  const mine = await enqueueJob({ kind: "auto_retry", payload: { workspaceId: workspace.id, callId: randomUUID() } });
  const [claimed] = await claimDueJobs({ kinds: ["auto_retry"], limit: 1, instanceId: "worker-test" });
  assert.equal(claimed.id, mine);
  const theirs = await enqueueJob({ kind: "auto_retry", payload: { workspaceId: workspace.id, callId: randomUUID() } });
  await claimDueJobs({ kinds: ["auto_retry"], limit: 1, instanceId: "another-instance" });
  assert.ok((await jobRow(mine)).runAt.getTime() > Date.now(), "leased: nobody would take it for a while");

  await startJobWorker({ pollMs: 50 });
  try {
    for (let i = 0; i < 100 && !ran.includes(mine); i++) await new Promise((r) => setTimeout(r, 50));
  } finally {
    await stopJobWorker();
  }
  assert.deepEqual(ran, [mine]);
  assert.ok((await jobRow(mine)).doneAt);
  const other = await jobRow(theirs);
  assert.equal(other.lockedBy, "another-instance");
  assert.equal(other.doneAt, null);
  await db.update(jobs).set({ doneAt: new Date() }).where(eq(jobs.id, theirs));
});

test("shutdown hands back a job still running after the grace period", async () => {
  const { enqueueJob, startJobWorker, stopJobWorker, registerJobHandler } = await modules();
  const workspace = await createWorkspace();
  let started!: () => void;
  const running = new Promise<void>((r) => (started = r));
  let finish!: () => void;
  registerJobHandler("auto_retry", async () => {
    started();
    await new Promise<void>((r) => (finish = r));
  });
  const id = await enqueueJob({ kind: "auto_retry", payload: { workspaceId: workspace.id, callId: randomUUID() } });
  await startJobWorker({ pollMs: 20 });
  await running;
  assert.equal((await jobRow(id)).lockedBy, "worker-test");
  const { released } = await stopJobWorker({ graceMs: 50 });
  assert.equal(released, 1);
  const row = await jobRow(id);
  assert.equal(row.lockedBy, null);
  assert.ok(row.runAt.getTime() <= Date.now(), "due again at once for another instance");
  finish();
});

test("leases: claims never overlap, the heartbeat extends only this instance's, done jobs are pruned", async () => {
  const { enqueueJob, claimDueJobs, renewLeases, pruneDoneJobs, completeJob, leaseSeconds, db, jobs } = await modules();
  const workspace = await createWorkspace();
  const ids: number[] = [];
  for (let i = 0; i < 30; i++)
    ids.push(await enqueueJob({ kind: "fetch_transcript", payload: { workspaceId: workspace.id, callId: randomUUID() } }));
  const [a, b, c] = await Promise.all(
    ["w1", "w2", "w3"].map((instanceId) => claimDueJobs({ kinds: ["fetch_transcript"], limit: 12, instanceId })),
  );
  const all = [...a, ...b, ...c].map((j) => j.id);
  assert.equal(new Set(all).size, all.length, "no job claimed twice");
  assert.equal(all.length, 30);

  await db
    .update(jobs)
    .set({ runAt: sql`now() + interval '1 second'` })
    .where(eq(jobs.id, a[0].id));
  assert.equal(await renewLeases({ ids: [a[0].id, b[0].id], instanceId: "w1" }), 1, "only w1's own lease");
  const renewed = await jobRow(a[0].id);
  assert.ok(renewed.runAt.getTime() > Date.now() + (leaseSeconds() - 3) * 1000);

  for (const id of all) await completeJob({ id });
  await db
    .update(jobs)
    .set({ doneAt: new Date(Date.now() - 8 * 24 * 3600_000) })
    .where(eq(jobs.id, all[0]));
  assert.equal(await pruneDoneJobs({ before: new Date(Date.now() - 7 * 24 * 3600_000) }), 1);
  assert.equal(await jobRow(all[0]), undefined);
  assert.ok(await jobRow(all[1]));
});
