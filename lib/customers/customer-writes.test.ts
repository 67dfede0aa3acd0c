import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, test } from "node:test";
import { eq } from "drizzle-orm";
import { startDatabaseAndSimulator } from "@/db/testing/provider-env";
import { createAssistant, createCustomer, createMember, createWorkspace } from "@/db/testing/factories";
import { zoneWhereItIs } from "@/lib/time/zone-at-hour";
import { customerSchema } from "@/lib/validation/customer";

// Integration: the writes behind the customer forms on a real database (PGlite, or PostgreSQL when
// DATABASE_URL is set); the do-not-call test places a real call against the simulator over HTTP.
let env: Awaited<ReturnType<typeof startDatabaseAndSimulator>>;
before(async () => {
  env = await startDatabaseAndSimulator();
});
after(() => env?.cleanup());

async function modules() {
  const [writes, { db }, schema, { placeCall }] = await Promise.all([
    import("./customer-writes"),
    import("@/db"),
    import("@/db/schema"),
    import("@/lib/calls/place-call"),
  ]);
  return { ...writes, db, ...schema, placeCall };
}

const form = (values: Partial<Record<string, unknown>>) =>
  customerSchema.parse({
    name: "Maria Garcia",
    preferredName: "",
    phone: "",
    email: "",
    address: "",
    notes: "",
    verified: true,
    allowDuplicatePhone: false,
    ...values,
  });

test("a new customer is stored with a normalised number, the zone of its area code, and an audit entry", async () => {
  const { saveCustomer, db, customers, auditLog } = await modules();
  const ws = await createWorkspace();
  const member = await createMember(ws);
  const res = await saveCustomer(form({ phone: "(212) 555-0142", address: "12 Elm St", email: "maria@example.com" }), member);
  assert.ok(res.ok, JSON.stringify(res));
  const [row] = await db.select().from(customers).where(eq(customers.id, res.data.id));
  assert.equal(row.phone, "+12125550142");
  assert.equal(row.timeZone, "America/New_York");
  assert.equal(row.address, "12 Elm St");
  assert.equal(row.preferredName, null, "an empty field is stored as null");
  const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, row.id));
  assert.deepEqual(
    audit.map((a) => [a.action, a.actorId]),
    [["customer.create", member.user.id]],
  );
});

test("a number another customer has is flagged with their id, and saved only when confirmed", async () => {
  const { saveCustomer, db, customers } = await modules();
  const { duplicateOf } = await import("./duplicate-code");
  const ws = await createWorkspace();
  const member = await createMember(ws);
  const existing = await createCustomer(ws, { name: "Old Record", phone: "+13105550150" });
  const other = await createWorkspace();
  await createCustomer(other, { name: "Elsewhere", phone: "+13105550151" });

  const refused = await saveCustomer(form({ phone: "310-555-0150" }), member);
  assert.equal(refused.ok, false);
  assert.equal(duplicateOf(!refused.ok ? refused.code : undefined), existing.id);
  assert.equal((await db.select().from(customers).where(eq(customers.workspaceId, ws.id))).length, 1);

  const confirmed = await saveCustomer(form({ phone: "310-555-0150", allowDuplicatePhone: true }), member);
  assert.ok(confirmed.ok);
  assert.ok((await saveCustomer(form({ phone: "310-555-0151" }), member)).ok, "another workspace's customer is no duplicate");
});

test("editing keeps the record, records before and after, and refuses another workspace's customer", async () => {
  const { saveCustomer, db, customers, auditLog } = await modules();
  const ws = await createWorkspace();
  const member = await createMember(ws);
  const c = await createCustomer(ws, { name: "Maria Garcia", phone: "+13105550160", timeZone: "Etc/GMT+8", verified: false });
  const res = await saveCustomer(form({ id: c.id, name: "Maria García", phone: "3105550160", address: "9 Pine Rd" }), member);
  assert.ok(res.ok, JSON.stringify(res));
  const [row] = await db.select().from(customers).where(eq(customers.id, c.id));
  assert.equal(row.name, "Maria García");
  assert.equal(row.verified, true);
  assert.equal(row.timeZone, "Etc/GMT+8", "the same number keeps its zone");
  const [audit] = await db.select().from(auditLog).where(eq(auditLog.entityId, c.id));
  assert.equal(audit.action, "customer.update");
  assert.equal(audit.before?.name, "Maria Garcia");
  assert.equal(audit.after?.address, "9 Pine Rd");

  const stranger = await createMember(await createWorkspace());
  const refused = await saveCustomer(form({ id: c.id, phone: "3105550161" }), stranger);
  assert.equal(refused.ok, false);
  const [unchanged] = await db.select().from(customers).where(eq(customers.id, c.id));
  assert.equal(unchanged.phone, "+13105550160");
});

test("adding to do-not-call by hand keeps a register entry and blocks the next call", async () => {
  const { addCustomerToDoNotCall, addCustomerNote, placeCall, db, doNotCallEntries, customerNotes, calls } = await modules();
  const ws = await createWorkspace();
  const member = await createMember(ws);
  const assistant = await createAssistant(ws, { providerAssistantId: "asst_callback_001" });
  const c = await createCustomer(ws, { phone: "+13105550170", timeZone: zoneWhereItIs(12) });

  assert.ok((await addCustomerNote({ customerId: c.id, body: "Prefers mornings" }, member)).ok);
  assert.equal((await db.select().from(customerNotes).where(eq(customerNotes.customerId, c.id))).length, 1);
  const stranger = await createMember(await createWorkspace());
  assert.equal((await addCustomerToDoNotCall({ customerId: c.id, reason: "Not mine" }, stranger)).ok, false);

  assert.ok((await addCustomerToDoNotCall({ customerId: c.id, reason: "Asked by email" }, member)).ok);
  const [entry] = await db.select().from(doNotCallEntries).where(eq(doNotCallEntries.customerId, c.id));
  assert.equal(entry.source, "manual");
  assert.equal(entry.reason, "Asked by email");
  assert.equal(entry.createdBy, member.user.id);

  const placed = await placeCall(
    {
      requestKey: randomUUID(),
      customerId: c.id,
      phoneNumber: "3105550170",
      purpose: "follow_up",
      assistantId: assistant.id,
      context: {},
      slots: [],
      maxDuration: 300,
      recordCall: false,
    },
    { workspace: ws, userId: member.user.id },
  );
  assert.equal(placed.ok, false);
  assert.match(!placed.ok ? placed.error : "", /do-not-call/);
  const [call] = await db.select().from(calls).where(eq(calls.customerId, c.id));
  assert.equal(call.status, "blocked");
  assert.equal(env.sim.store.calls.size, 0);
});
