import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { openTestDatabase } from "@/db/testing/test-database";
import { createWorkspace } from "@/db/testing/factories";
import { callValues, createSentCall } from "@/db/testing/call-factory";
import { BOARD_ENDED_SHOWN } from "@/lib/calls/board-call";

let database: Awaited<ReturnType<typeof openTestDatabase>>;
before(async () => {
  database = await openTestDatabase();
});
after(() => database?.cleanup());

test("a long day keeps every call to go out or on the line on the board, the newest ended ones of each lane, and counts the rest", async () => {
  const { db } = await import("@/db");
  const { calls } = await import("@/db/schema");
  const { listBoardCalls } = await import("./board");
  const workspace = await createWorkspace();
  const dayStart = new Date(Date.now() - 6 * 3600_000);
  const at = (minutes: number) => new Date(dayStart.getTime() + minutes * 60_000);
  // The first calls of the day: one still queued, one failed, one on the line.
  const { call: queued, assistant, customer } = await createSentCall(workspace, { createdAt: at(1), status: "queued" });
  const { call: failed } = await createSentCall(workspace, { createdAt: at(2), status: "failed" });
  const { call: live } = await createSentCall(workspace, { createdAt: at(3), status: "in_progress" });
  // Then more completed calls, and more failed ones, than the board shows; and one from yesterday.
  const completedCount = BOARD_ENDED_SHOWN + 25;
  const failedCount = BOARD_ENDED_SHOWN + 7;
  const row = (createdAt: Date, status: "completed" | "failed" | "no_answer") =>
    callValues(workspace, { customer, assistantId: assistant.id }, { createdAt, status });
  await db
    .insert(calls)
    .values([
      ...Array.from({ length: completedCount }, (_, i) => row(at(10 + i), "completed")),
      ...Array.from({ length: failedCount }, (_, i) => row(at(10 + i), i % 2 ? "failed" : "no_answer")),
      row(new Date(dayStart.getTime() - 3600_000), "completed"),
    ]);
  // Another workspace's long day changes nothing here.
  const other = await createWorkspace();
  await createSentCall(other, { createdAt: at(5), status: "completed" });

  const { rows, earlier } = await listBoardCalls({ workspaceId: workspace.id, since: dayStart });
  const ids = new Set(rows.map((r) => r.id));
  for (const call of [queued, live]) assert.ok(ids.has(call.id), `the ${call.status} call is on the board`);
  // The first failed call is older than the newest 200 of its lane: counted, not shown.
  assert.ok(!ids.has(failed.id));
  const completed = rows.filter((r) => r.status === "completed");
  const problem = rows.filter((r) => ["failed", "no_answer"].includes(r.status));
  assert.equal(completed.length, BOARD_ENDED_SHOWN);
  assert.equal(problem.length, BOARD_ENDED_SHOWN);
  assert.deepEqual(earlier, { completed: 25, problem: failedCount + 1 - BOARD_ENDED_SHOWN });
  // The newest of each lane, and the whole list newest first, all of today.
  assert.equal(completed[0].createdAt.getTime(), at(10 + completedCount - 1).getTime());
  assert.equal(completed.at(-1)!.createdAt.getTime(), at(10 + 25).getTime());
  assert.deepEqual(
    rows.map((r) => r.createdAt.getTime()),
    rows.map((r) => r.createdAt.getTime()).sort((a, b) => b - a),
  );
  assert.ok(rows.every((r) => r.createdAt >= dayStart));
});
