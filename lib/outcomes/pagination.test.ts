import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { sql } from "drizzle-orm";
import { openTestDatabase } from "@/db/testing/test-database";
import { createAssistant, createWorkspace } from "@/db/testing/factories";
import type { Workspace } from "@/db/schema";
import { addCall } from "./report-fixtures";
import { periodFor } from "./period";
import { encodeCursor } from "./cursor";
import { parseOutcomeFilters, type SearchParamsRecord } from "@/lib/validation/outcomes";

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let ws: Workspace;
const NOW = new Date("2026-05-30T19:00:00Z");
const TOTAL = 57;

before(async () => {
  database = await openTestDatabase();
  const { db } = await import("@/db");
  ws = await createWorkspace({ timeZone: "America/Chicago" });
  const assistantId = (await createAssistant(ws)).id;
  const outcomes = ["appointment_scheduled", "voicemail_left", null, "callback_requested"] as const;
  for (let i = 0; i < TOTAL; i++) {
    // Few distinct durations and outcomes, and runs of calls in the same minute: ties everywhere,
    // so only the id tie-break keeps pages apart.
    await addCall(ws, {
      at: `2026-05-${String(10 + (i % 12)).padStart(2, "0")}T10:${String(i % 3).padStart(2, "0")}`,
      assistantId,
      durationSeconds: i % 5 === 0 ? null : (i % 4) * 30,
      outcomeType: outcomes[i % 4],
    });
  }
  // Calls a microsecond apart: a cursor rounded to milliseconds would skip or repeat them.
  await db.execute(
    sql`update calls set created_at = created_at + (random() * 900)::int * interval '1 microsecond' where workspace_id = ${ws.id}::uuid`,
  );
});
after(() => database?.cleanup());

async function listCalls(params: SearchParamsRecord, limit: number) {
  const { listCalls: list } = await import("@/db/queries/outcomes-report");
  const filters = parseOutcomeFilters({ range: "30d", ...params });
  const p = periodFor(filters, ws.timeZone, NOW);
  return list({ workspaceId: ws.id, filters, from: p.from, to: p.to, limit });
}

async function walk(params: SearchParamsRecord, limit: number) {
  const pages: string[][] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await listCalls({ ...params, cursor }, limit);
    pages.push(page.rows.map((r) => r.id));
    if (!page.next) return pages;
    cursor = page.next;
  }
}

for (const sort of ["created", "duration", "outcome"] as const) {
  for (const dir of ["asc", "desc"] as const) {
    test(`keyset pages by ${sort} ${dir} cover every call once, in order`, async () => {
      const pages = await walk({ sort, dir }, 10);
      const ids = pages.flat();
      assert.equal(ids.length, TOTAL);
      assert.equal(new Set(ids).size, TOTAL);
      assert.equal(pages.length, Math.ceil(TOTAL / 10));
      const all = (await listCalls({ sort, dir }, 1000)).rows.map((r) => r.id);
      assert.deepEqual(ids, all);
    });
  }
}

test("Previous returns exactly the page before, and the first page has no Previous", async () => {
  const first = await listCalls({ sort: "duration" }, 10);
  assert.equal(first.prev, null);
  const second = await listCalls({ sort: "duration", cursor: first.next ?? undefined }, 10);
  const third = await listCalls({ sort: "duration", cursor: second.next ?? undefined }, 10);
  const backToSecond = await listCalls({ sort: "duration", cursor: third.prev ?? undefined }, 10);
  assert.deepEqual(
    backToSecond.rows.map((r) => r.id),
    second.rows.map((r) => r.id),
  );
  const backToFirst = await listCalls({ sort: "duration", cursor: backToSecond.prev ?? undefined }, 10);
  assert.deepEqual(
    backToFirst.rows.map((r) => r.id),
    first.rows.map((r) => r.id),
  );
  assert.equal(backToFirst.prev, null);
  assert.ok(backToFirst.next);
});

test("a tampered or foreign cursor falls back to the first page", async () => {
  const first = await listCalls({}, 5);
  assert.deepEqual((await listCalls({ cursor: "not-a-cursor" }, 5)).rows, first.rows);
  const bogus = encodeCursor({ key: "'; drop table calls; --", id: "00000000-0000-4000-8000-000000000000", direction: "next" });
  assert.deepEqual((await listCalls({ cursor: bogus }, 5)).rows, first.rows);
  // A cursor from the duration sort, replayed on the default sort.
  const byDuration = await listCalls({ sort: "duration" }, 5);
  assert.deepEqual((await listCalls({ cursor: byDuration.next ?? undefined }, 5)).rows, first.rows);
});
