import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, test } from "node:test";
import { eq } from "drizzle-orm";
import { openTestDatabase } from "@/db/testing/test-database";
import { createAssistant, createCustomer, createMember, createWorkspace } from "@/db/testing/factories";
import type { Workspace } from "@/db/schema";

// Integration: merging two customers on a real database (PGlite, or PostgreSQL with DATABASE_URL).
let database: Awaited<ReturnType<typeof openTestDatabase>>;
before(async () => {
  database = await openTestDatabase();
});
after(() => database?.cleanup());

async function modules() {
  const [{ mergeCustomers }, { db }, schema, { listCustomersPage }] = await Promise.all([
    import("./merge"),
    import("@/db"),
    import("@/db/schema"),
    import("@/db/queries/customer-list"),
  ]);
  return { mergeCustomers, db, ...schema, listCustomersPage };
}

/** One of everything a customer's history holds, all on `customerId`. */
async function history(ws: Workspace, customerId: string, phone: string) {
  const { db, calls, missedCalls, callbackTasks, appointments, customerNotes, doNotCallEntries } = await modules();
  const assistant = await createAssistant(ws);
  const [call] = await db
    .insert(calls)
    .values({
      workspaceId: ws.id,
      customerId,
      assistantId: assistant.id,
      purpose: "follow_up",
      phoneNumber: phone,
      customerName: "Old Record",
      context: {},
      maxDuration: 300,
      recordCall: false,
      webhookUrl: "http://127.0.0.1:9/",
      idempotencyKey: randomUUID(),
      requestBody: {},
      status: "completed",
      outcomeType: "appointment_scheduled",
    })
    .returning();
  await db
    .insert(missedCalls)
    .values({ workspaceId: ws.id, externalId: randomUUID(), fromPhone: phone, occurredAt: new Date(), customerId });
  await db.insert(callbackTasks).values({ workspaceId: ws.id, customerId, sourceCallId: call.id });
  await db.insert(appointments).values({ workspaceId: ws.id, customerId, sourceCallId: call.id, startsAt: new Date() });
  await db.insert(customerNotes).values({ workspaceId: ws.id, customerId, body: "Gate code 1234" });
  await db.insert(doNotCallEntries).values({ workspaceId: ws.id, phone, customerId, source: "manual", reason: "Asked by email" });
  return call;
}

test("a merge moves the whole history to the survivor, keeps the other as merged-into, and audits both", async () => {
  const { mergeCustomers, db, customers, calls, missedCalls, callbackTasks, appointments, customerNotes, doNotCallEntries, auditLog } =
    await modules();
  const ws = await createWorkspace();
  const member = await createMember(ws);
  const survivor = await createCustomer(ws, { name: "Maria Garcia", phone: "+13105550170", email: null, address: null });
  const old = await createCustomer(ws, {
    name: "M. Garcia",
    phone: "+13105550171",
    email: "maria@example.com",
    address: "12 Elm St",
    doNotCall: true,
    doNotCallReason: "Asked by email",
    doNotCallAt: new Date(),
  });
  const call = await history(ws, old.id, old.phone);

  const res = await mergeCustomers({ survivorId: survivor.id, mergedId: old.id }, member);
  assert.deepEqual(res, { ok: true, data: { id: survivor.id } });

  for (const table of [calls, missedCalls, callbackTasks, appointments, customerNotes, doNotCallEntries]) {
    const rows = await db.select({ customerId: table.customerId }).from(table).where(eq(table.workspaceId, ws.id));
    assert.ok(rows.length > 0);
    assert.ok(
      rows.every((r) => r.customerId === survivor.id),
      "every row now names the survivor",
    );
  }
  const [kept] = await db.select().from(customers).where(eq(customers.id, survivor.id));
  assert.equal(kept.email, "maria@example.com", "an empty field takes the merged record's value");
  assert.equal(kept.phone, "+13105550170", "the survivor keeps its own number");
  assert.equal(kept.doNotCall, true, "a do-not-call on either record stops calls to the survivor");
  const [gone] = await db.select().from(customers).where(eq(customers.id, old.id));
  assert.equal(gone.mergedIntoId, survivor.id);
  assert.equal(gone.mergedBy, member.user.id);
  assert.ok(gone.mergedAt);

  const audit = await db.select().from(auditLog).where(eq(auditLog.workspaceId, ws.id));
  const merge = audit.find((a) => a.action === "customer.merge");
  assert.equal(merge?.entityId, survivor.id);
  assert.equal((merge?.after as { moved: { calls: number } }).moved.calls, 1);
  assert.equal(audit.find((a) => a.action === "customer.merged_into")?.entityId, old.id);

  const page = await modules().then((m) => m.listCustomersPage({ workspaceId: ws.id }));
  assert.deepEqual(
    page.rows.map((r) => r.id),
    [survivor.id],
    "a merged record leaves the list",
  );
  assert.ok(call.id);
});

test("a record already merged, another workspace's customer, or the same one twice is refused and nothing moves", async () => {
  const { mergeCustomers, db, customers } = await modules();
  const { mergeCustomersSchema } = await import("@/lib/validation/customer");
  const ws = await createWorkspace();
  const member = await createMember(ws);
  const a = await createCustomer(ws, { phone: "+13105550172" });
  const b = await createCustomer(ws, { phone: "+13105550173" });
  const c = await createCustomer(ws, { phone: "+13105550174" });
  const elsewhere = await createCustomer(await createWorkspace(), { phone: "+13105550175" });

  assert.equal(mergeCustomersSchema.safeParse({ survivorId: a.id, mergedId: a.id }).success, false);
  const foreign = await mergeCustomers({ survivorId: a.id, mergedId: elsewhere.id }, member);
  assert.equal(foreign.ok, false);
  assert.equal((await db.select().from(customers).where(eq(customers.id, elsewhere.id)))[0].mergedIntoId, null);

  assert.ok((await mergeCustomers({ survivorId: a.id, mergedId: b.id }, member)).ok);
  const again = await mergeCustomers({ survivorId: c.id, mergedId: b.id }, member);
  assert.equal(again.ok, false);
  // Merging the survivor on: what pointed at it now points one hop to the new survivor.
  assert.ok((await mergeCustomers({ survivorId: c.id, mergedId: a.id }, member)).ok);
  const [bRow] = await db.select().from(customers).where(eq(customers.id, b.id));
  assert.equal(bRow.mergedIntoId, c.id);
});
