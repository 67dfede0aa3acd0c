import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { openTestDatabase } from "@/db/testing/test-database";
import { createWorkspace } from "@/db/testing/factories";

let database: Awaited<ReturnType<typeof openTestDatabase>>;
before(async () => {
  database = await openTestDatabase();
});
after(() => database?.cleanup());

test("the day's counts: open missed calls, callbacks due and unclaimed, open attention items, in one workspace", async () => {
  const { db } = await import("@/db");
  const { attentionItems, callbackTasks, missedCalls } = await import("@/db/schema");
  const { createSentCall } = await import("@/db/testing/call-factory");
  const { countDay } = await import("./day-counts");
  const now = new Date("2026-11-30T17:00:00Z");
  const hour = 3_600_000;
  const mine = await createWorkspace();
  const other = await createWorkspace();
  const { call, customer } = await createSentCall(mine);
  const theirs = await createSentCall(other);

  const missed = (workspaceId: string, customerId: string, status: "open" | "calling" | "dismissed", n: number) => ({
    workspaceId,
    customerId,
    status,
    externalId: `pbx-${status}-${n}-${workspaceId}`,
    fromPhone: "+13105550123",
    occurredAt: new Date(now.getTime() - hour),
  });
  await db
    .insert(missedCalls)
    .values([
      missed(mine.id, customer.id, "open", 1),
      missed(mine.id, customer.id, "open", 2),
      missed(mine.id, customer.id, "calling", 3),
      missed(mine.id, customer.id, "dismissed", 4),
      missed(other.id, theirs.customer.id, "open", 5),
    ]);
  // One task per source call, as the webhook effects make them.
  const sources = await Promise.all([1, 2, 3, 4, 5, 6, 7].map(() => createSentCall(mine)));
  let nextSource = 0;
  const task = (callbackAt: Date | null, extra: Partial<typeof callbackTasks.$inferInsert> = {}) => ({
    workspaceId: mine.id,
    customerId: customer.id,
    sourceCallId: sources[nextSource++].call.id,
    callbackAt,
    createdAt: new Date(now.getTime() - 2 * hour),
    ...extra,
  });
  await db.insert(callbackTasks).values([
    task(new Date(now.getTime() - hour)), // due
    task(null), // no time given: due since it was asked for
    task(new Date(now.getTime() + 3 * hour)), // later today: the next one due
    task(new Date(now.getTime() + 5 * hour)),
    task(new Date(now.getTime() - hour), { callId: call.id }), // someone is calling back
    task(new Date(now.getTime() - hour), { completedAt: now }), // done
    { ...task(new Date(now.getTime() - hour)), workspaceId: other.id, customerId: theirs.customer.id, sourceCallId: theirs.call.id },
  ]);
  await db.insert(attentionItems).values([
    { workspaceId: mine.id, callId: call.id, kind: "escalation" },
    { workspaceId: mine.id, callId: call.id, kind: "failed", resolvedAt: now },
    { workspaceId: other.id, callId: theirs.call.id, kind: "stuck" },
  ]);

  assert.deepEqual(await countDay({ workspaceId: mine.id, now, withAttention: true }), {
    openMissed: 2,
    callbacksDue: 2,
    attention: 1,
    nextCallbackDueAt: new Date(now.getTime() + 3 * hour).toISOString(),
  });
  const dispatcher = await countDay({ workspaceId: mine.id, now, withAttention: false });
  assert.equal(dispatcher.attention, 0, "the attention list is not theirs");
  const later = await countDay({ workspaceId: mine.id, now: new Date(now.getTime() + 4 * hour), withAttention: true });
  assert.equal(later.callbacksDue, 3, "a callback counts once its time comes");
});
