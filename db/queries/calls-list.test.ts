import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { openTestDatabase } from "@/db/testing/test-database";
import { createWorkspace } from "@/db/testing/factories";

let database: Awaited<ReturnType<typeof openTestDatabase>>;
before(async () => {
  database = await openTestDatabase();
});
after(() => database?.cleanup());

test("the calls list: name and phone in any format, status and purpose, keyset pages, one workspace", async () => {
  const { createSentCall } = await import("@/db/testing/call-factory");
  const { listCallsPage } = await import("./calls-list");
  const mine = await createWorkspace();
  const other = await createWorkspace();
  const base = Date.parse("2026-11-30T17:00:00Z");
  const at = (minutes: number) => new Date(base - minutes * 60_000);
  await createSentCall(mine, { customerName: "Dana Reyes", phoneNumber: "+13105550906", createdAt: at(1) });
  await createSentCall(mine, { customerName: "Sam O'Neil", phoneNumber: "+12125550100", createdAt: at(2), status: "completed" });
  await createSentCall(mine, { customerName: "Lee Reyes-Park", phoneNumber: "+13105550907", createdAt: at(3), purpose: "collections" });
  // Two calls in the same instant: the id breaks the tie, so no page repeats or skips one.
  for (const n of [1, 2, 3, 4]) await createSentCall(mine, { customerName: `Batch ${n}`, phoneNumber: "+14155550111", createdAt: at(10) });
  await createSentCall(other, { customerName: "Dana Reyes", phoneNumber: "+13105550906", createdAt: at(1) });

  const names = async (filters: Parameters<typeof listCallsPage>[0]["filters"]) =>
    (await listCallsPage({ workspaceId: mine.id, filters })).rows.map((r) => r.customerName);
  assert.deepEqual(await names({ q: "reyes" }), ["Dana Reyes", "Lee Reyes-Park"]);
  assert.deepEqual(await names({ q: "(310) 555-09" }), ["Dana Reyes", "Lee Reyes-Park"]);
  assert.deepEqual(await names({ q: "+1 310 555 0906" }), ["Dana Reyes"]);
  assert.deepEqual(await names({ q: "0100" }), ["Sam O'Neil"]);
  assert.deepEqual(await names({ q: "o'neil" }), ["Sam O'Neil"]);
  assert.deepEqual(await names({ q: "100%" }), []);
  assert.deepEqual(await names({ status: "completed" }), ["Sam O'Neil"]);
  assert.deepEqual(await names({ purpose: "collections" }), ["Lee Reyes-Park"]);

  const seen: string[] = [];
  let cursor: Awaited<ReturnType<typeof listCallsPage>>["next"] | undefined;
  let pages = 0;
  do {
    const page = await listCallsPage({ workspaceId: mine.id, filters: {}, before: cursor ?? undefined, limit: 2 });
    seen.push(...page.rows.map((r) => r.id));
    cursor = page.next;
    pages++;
  } while (cursor);
  assert.equal(pages, 4);
  assert.equal(seen.length, 7);
  assert.equal(new Set(seen).size, 7, "no call twice");
});
