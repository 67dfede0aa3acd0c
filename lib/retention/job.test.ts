import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { eq } from "drizzle-orm";
import { openTestDatabase } from "@/db/testing/test-database";
import { createWorkspace } from "@/db/testing/factories";

// Integration (PGlite, or PostgreSQL when DATABASE_URL is set): the retention job, run by the
// job worker as in production.
let database: Awaited<ReturnType<typeof openTestDatabase>>;
before(async () => {
  database = await openTestDatabase();
});
after(() => database?.cleanup());

const DAY = 24 * 60 * 60 * 1000;

test("the job prunes diagnostics older than 30 days, keeps newer ones, and books its next run", async () => {
  const [{ db }, schema, jobMod, worker] = await Promise.all([
    import("@/db"),
    import("@/db/schema"),
    import("./job"),
    import("@/lib/jobs/worker"),
  ]);
  const { webhookDeadLetters, ingestRejections, jobs, rateLimitBuckets } = schema;
  const ws = await createWorkspace();
  const old = new Date(Date.now() - 31 * DAY);
  const recent = new Date(Date.now() - 29 * DAY);
  const letter = { reason: "bad_signature" as const, detail: null, webhookId: null, providerCallId: null, headers: {}, rawBody: "x" };
  await db.insert(webhookDeadLetters).values([
    { ...letter, detail: "old", receivedAt: old },
    { ...letter, detail: "recent", receivedAt: recent },
  ]);
  await db.insert(ingestRejections).values([
    { workspaceId: ws.id, status: "400", reason: "old", rawBody: "x", receivedAt: old },
    { workspaceId: ws.id, status: "400", reason: "recent", rawBody: "x", receivedAt: recent },
  ]);
  await db.insert(jobs).values([
    { kind: "test_done", payload: { age: "old" }, doneAt: old },
    { kind: "test_done", payload: { age: "recent" }, doneAt: recent },
    { kind: "test_waiting", payload: { age: "old, not done" }, runAt: new Date(Date.now() + DAY), createdAt: old },
  ]);
  await db.insert(rateLimitBuckets).values([
    { key: "t:old", windowStart: new Date(Date.now() - 2 * DAY), hits: 3 },
    { key: "t:now", windowStart: new Date(), hits: 3 },
  ]);

  jobMod.registerRetentionJob();
  await jobMod.scheduleRetention();
  await jobMod.scheduleRetention(); // a second instance starting: still one run queued
  assert.ok((await worker.drainDueJobs()) >= 1);

  assert.deepEqual(
    (await db.select().from(webhookDeadLetters)).map((r) => r.detail),
    ["recent"],
  );
  assert.deepEqual(
    (await db.select().from(ingestRejections)).map((r) => r.reason),
    ["recent"],
  );
  const left = await db.select().from(jobs).where(eq(jobs.kind, "test_done"));
  assert.deepEqual(
    left.map((j) => j.payload.age),
    ["recent"],
  );
  assert.equal((await db.select().from(jobs).where(eq(jobs.kind, "test_waiting"))).length, 1);
  assert.deepEqual(
    (await db.select().from(rateLimitBuckets)).map((r) => r.key),
    ["t:now"],
  );

  const runs = await db.select().from(jobs).where(eq(jobs.kind, "prune_diagnostics"));
  const pending = runs.filter((j) => !j.doneAt);
  assert.equal(pending.length, 1);
  assert.ok(pending[0].runAt.getTime() > Date.now() + 60 * 60 * 1000);
});
