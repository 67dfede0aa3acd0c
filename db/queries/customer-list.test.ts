import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { openTestDatabase } from "@/db/testing/test-database";
import { createCustomer, createWorkspace } from "@/db/testing/factories";

let database: Awaited<ReturnType<typeof openTestDatabase>>;
before(async () => {
  database = await openTestDatabase();
});
after(() => database?.cleanup());

const names = (rows: { name: string }[]) => rows.map((r) => r.name);

test("a number is found by any part of it, in any format, and only in its own workspace", async () => {
  const { listCustomersPage } = await import("./customer-list");
  const mine = await createWorkspace();
  const other = await createWorkspace();
  await createCustomer(mine, { name: "Maria Garcia", phone: "+13105550123", address: "12 Elm St, Pasadena" });
  await createCustomer(mine, { name: "Dave Chen", phone: "+12125550199", address: "4 Oak Ave" });
  await createCustomer(other, { name: "Other Garcia", phone: "+13105550123" });

  for (const query of ["555-0123", "(310) 555", "3105550123", "+1 310 555 0123", "1-310-555-0123", "5550123", "0123"]) {
    const page = await listCustomersPage({ workspaceId: mine.id, query });
    assert.deepEqual(names(page.rows), ["Maria Garcia"], `query ${JSON.stringify(query)}`);
  }
  assert.deepEqual(names((await listCustomersPage({ workspaceId: mine.id, query: "555" })).rows), ["Dave Chen", "Maria Garcia"]);
  assert.deepEqual(names((await listCustomersPage({ workspaceId: mine.id, query: "(212)" })).rows), ["Dave Chen"]);
  assert.deepEqual(
    names((await listCustomersPage({ workspaceId: mine.id, query: "99" })).rows),
    [],
    "two digits are too few to match a number",
  );
  assert.deepEqual(names((await listCustomersPage({ workspaceId: mine.id, query: "garc" })).rows), ["Maria Garcia"]);
  assert.deepEqual(names((await listCustomersPage({ workspaceId: mine.id, query: "elm st" })).rows), ["Maria Garcia"]);
  assert.deepEqual(names((await listCustomersPage({ workspaceId: mine.id, query: "100%" })).rows), [], "% is matched literally");
  assert.deepEqual(names((await listCustomersPage({ workspaceId: other.id, query: "555-0123" })).rows), ["Other Garcia"]);
});

test("filters: do-not-call, unverified, open callback and payment promised", async () => {
  const { listCustomersPage } = await import("./customer-list");
  const { db } = await import("@/db");
  const { calls, callbackTasks } = await import("@/db/schema");
  const { createAssistant } = await import("@/db/testing/factories");
  const ws = await createWorkspace();
  const assistant = await createAssistant(ws);
  const plain = await createCustomer(ws, { name: "A Plain", phone: "+13105550101" });
  await createCustomer(ws, { name: "B Blocked", phone: "+13105550102", doNotCall: true });
  await createCustomer(ws, { name: "C Unknown", phone: "+13105550103", verified: false });
  const waiting = await createCustomer(ws, { name: "D Waiting", phone: "+13105550104" });
  const payer = await createCustomer(ws, { name: "E Payer", phone: "+13105550105" });
  const call = (customerId: string, n: number, outcomeType: string | null) => ({
    workspaceId: ws.id,
    customerId,
    assistantId: assistant.id,
    purpose: "callback" as const,
    phoneNumber: "+13105550100",
    customerName: "x",
    context: {},
    maxDuration: 300,
    recordCall: false,
    webhookUrl: "http://127.0.0.1:9/",
    idempotencyKey: `${ws.id}-${n}`,
    requestBody: {},
    status: "completed" as const,
    outcomeType,
  });
  const [c1, , c3] = await db
    .insert(calls)
    .values([call(waiting.id, 1, "callback_requested"), call(payer.id, 2, "payment_promised"), call(plain.id, 3, "callback_requested")])
    .returning();
  await db.insert(callbackTasks).values([
    { workspaceId: ws.id, customerId: waiting.id, sourceCallId: c1.id },
    { workspaceId: ws.id, customerId: plain.id, sourceCallId: c3.id, completedAt: new Date() },
  ]);
  const only = async (filters: Record<string, boolean>) => names((await listCustomersPage({ workspaceId: ws.id, filters })).rows);
  assert.deepEqual(await only({ doNotCall: true }), ["B Blocked"]);
  assert.deepEqual(await only({ unverified: true }), ["C Unknown"]);
  assert.deepEqual(await only({ openCallback: true }), ["D Waiting"], "a completed callback does not count");
  assert.deepEqual(await only({ paymentPromised: true }), ["E Payer"]);
  assert.equal((await only({})).length, 5);
});

test("keyset pages walk forward and back over every customer exactly once", async () => {
  const { listCustomersPage } = await import("./customer-list");
  const ws = await createWorkspace();
  // Equal names make the id the tie-breaker.
  for (let i = 0; i < 7; i++) await createCustomer(ws, { name: i < 3 ? "Same Name" : `Person ${i}`, phone: `+1310555020${i}` });
  const seen: string[] = [];
  let cursor: { name: string; id: string; direction: "next" | "prev" } | null = null;
  const pages: { id: string; name: string }[][] = [];
  for (;;) {
    const page = await listCustomersPage({ workspaceId: ws.id, cursor, limit: 3 });
    pages.push(page.rows);
    seen.push(...page.rows.map((r) => r.id));
    assert.equal(page.hasPrev, pages.length > 1);
    const last = page.rows.at(-1);
    if (!page.hasNext || !last) break;
    cursor = { name: last.name, id: last.id, direction: "next" };
  }
  assert.deepEqual(
    pages.map((p) => p.length),
    [3, 3, 1],
  );
  assert.equal(new Set(seen).size, 7);
  const first = pages[2][0];
  const back = await listCustomersPage({ workspaceId: ws.id, cursor: { name: first.name, id: first.id, direction: "prev" }, limit: 3 });
  assert.deepEqual(
    back.rows.map((r) => r.id),
    pages[1].map((r) => r.id),
  );
  assert.equal(back.hasNext, true);
  assert.equal(back.hasPrev, true);
});
