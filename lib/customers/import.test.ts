import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { eq } from "drizzle-orm";
import { openTestDatabase } from "@/db/testing/test-database";
import { createCustomer, createMember, createWorkspace } from "@/db/testing/factories";

// Integration: a customers CSV previewed and imported on a real database.
let database: Awaited<ReturnType<typeof openTestDatabase>>;
before(async () => {
  database = await openTestDatabase();
});
after(() => database?.cleanup());

const CSV = [
  "name,phone,email,address",
  "Maria Garcia,(212) 555-0142,maria@example.com,12 Elm St",
  "Known Person,310-555-0190,,9 Oak Ave",
  "No Phone,,,",
  "Dup Maria,+1 212 555 0142,,",
].join("\n");

test("the preview says what each row does and writes nothing; the import adds, skips or updates, audited", async () => {
  const { previewCustomerImport, importCustomers } = await import("./import");
  const { db } = await import("@/db");
  const { customers, auditLog } = await import("@/db/schema");
  const ws = await createWorkspace();
  const member = await createMember(ws, "manager");
  const known = await createCustomer(ws, { name: "Known", phone: "+13105550190", address: null, email: "k@example.com" });

  const preview = await previewCustomerImport({ csv: CSV, onExisting: "skip" }, member);
  assert.ok(preview.ok);
  assert.deepEqual(
    preview.data.rows.map((r) => [r.row, r.status, r.existingName ?? null, r.errors]),
    [
      [2, "new", null, []],
      [3, "existing", "Known", []],
      [4, "error", null, ["Phone is missing"]],
      [5, "error", null, ["Same phone number as row 2"]],
    ],
  );
  assert.equal((await db.select().from(customers).where(eq(customers.workspaceId, ws.id))).length, 1);

  const skipped = await importCustomers({ csv: CSV, onExisting: "skip" }, member);
  assert.deepEqual(skipped, { ok: true, data: { created: 1, updated: 0, skipped: 1, errors: 2 } });
  const [maria] = await db.select().from(customers).where(eq(customers.phone, "+12125550142"));
  assert.equal(maria.workspaceId, ws.id);
  assert.equal(maria.timeZone, "America/New_York");
  assert.equal((await db.select().from(customers).where(eq(customers.id, known.id)))[0].name, "Known");

  // Again with "update": Maria is now known too; nothing is added twice, empty cells keep values.
  const updated = await importCustomers({ csv: CSV, onExisting: "update" }, member);
  assert.deepEqual(updated, { ok: true, data: { created: 0, updated: 2, skipped: 0, errors: 2 } });
  const [k] = await db.select().from(customers).where(eq(customers.id, known.id));
  assert.equal(k.name, "Known Person");
  assert.equal(k.address, "9 Oak Ave");
  assert.equal(k.email, "k@example.com", "an empty cell does not clear the record");
  assert.equal((await db.select().from(customers).where(eq(customers.workspaceId, ws.id))).length, 2);
  const audit = await db.select().from(auditLog).where(eq(auditLog.workspaceId, ws.id));
  assert.equal(audit.filter((a) => a.action === "customer.import").length, 2);
});
