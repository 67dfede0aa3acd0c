import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { openTestDatabase } from "@/db/testing/test-database";

// Integration (PGlite, or PostgreSQL when DATABASE_URL is set): the fixed-window counter is one
// statement, so concurrent hits from several instances count exactly.
let database: Awaited<ReturnType<typeof openTestDatabase>>;
before(async () => {
  database = await openTestDatabase();
});
after(() => database?.cleanup());

test("hits within a window are counted exactly, concurrently too, and refused past the limit", async () => {
  const { hitRateLimit } = await import("./rate-limits");
  const results = await Promise.all(Array.from({ length: 15 }, () => hitRateLimit({ key: "t:concurrent", limit: 10, windowSeconds: 60 })));
  assert.deepEqual(
    results.map((r) => r.hits).sort((a, b) => a - b),
    Array.from({ length: 15 }, (_, i) => i + 1),
  );
  assert.equal(results.filter((r) => r.allowed).length, 10);
  for (const r of results) assert.ok(r.retryAfterSeconds >= 1 && r.retryAfterSeconds <= 60);
});

test("a new window starts once the old one has passed", async () => {
  const { hitRateLimit } = await import("./rate-limits");
  const { db } = await import("@/db");
  const { rateLimitBuckets } = await import("@/db/schema");
  const { eq } = await import("drizzle-orm");
  for (let i = 0; i < 3; i++) await hitRateLimit({ key: "t:window", limit: 2, windowSeconds: 60 });
  assert.equal((await hitRateLimit({ key: "t:window", limit: 2, windowSeconds: 60 })).allowed, false);
  await db
    .update(rateLimitBuckets)
    .set({ windowStart: new Date(Date.now() - 61_000) })
    .where(eq(rateLimitBuckets.key, "t:window"));
  const fresh = await hitRateLimit({ key: "t:window", limit: 2, windowSeconds: 60 });
  assert.deepEqual([fresh.allowed, fresh.hits], [true, 1]);
});

test("an account's backoff doubles from the fifth failure and is capped", async () => {
  const { recordSignInFailure, findSignInBlock } = await import("./rate-limits");
  const waits: number[] = [];
  for (let i = 0; i < 12; i++) {
    const r = await recordSignInFailure({ accountKey: "acct", freeFailures: 5, baseSeconds: 30, maxSeconds: 900 });
    waits.push(r.blockedUntil ? Math.round((r.blockedUntil.getTime() - Date.now()) / 1000 / 30) * 30 : 0);
  }
  assert.deepEqual(waits, [0, 0, 0, 0, 30, 60, 120, 240, 480, 900, 900, 900]);
  assert.ok(await findSignInBlock({ accountKey: "acct" }));
  assert.equal(await findSignInBlock({ accountKey: "other" }), null);
});
