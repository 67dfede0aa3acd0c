import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, test } from "node:test";
import { and, eq, ne } from "drizzle-orm";
import { startDatabaseAndSimulator } from "@/db/testing/provider-env";
import { createAssistant, createCustomer, createMember, createWorkspace } from "@/db/testing/factories";
import type { PlaceCallValues } from "@/lib/validation/call";
import { zoneWhereItIs } from "@/lib/time/zone-at-hour";

// Integration: placements to one number at the same instant, on PGlite or PostgreSQL (DATABASE_URL).
// The duplicate guard reads then inserts; without a lock per number both placements read "no call
// yet" and both insert. Several rounds, each on its own number, so a lucky interleaving cannot pass.
let env: Awaited<ReturnType<typeof startDatabaseAndSimulator>>;

before(async () => {
  env = await startDatabaseAndSimulator();
});

after(() => env?.cleanup());

const ROUNDS = 6;

async function setup() {
  const [{ placeCall }, { db }, { calls }] = await Promise.all([import("./place-call"), import("@/db"), import("@/db/schema")]);
  const workspace = await createWorkspace();
  const member = await createMember(workspace);
  const assistant = await createAssistant(workspace, { providerAssistantId: "asst_callback_001" });
  const actor = { workspace: member.workspace, userId: member.user.id };
  async function number(i: number) {
    const phone = `+1310555${String(7100 + i)}`;
    const customer = await createCustomer(workspace, { phone, timeZone: zoneWhereItIs(12) });
    const values = (): PlaceCallValues => ({
      requestKey: randomUUID(),
      customerId: customer.id,
      phoneNumber: phone,
      purpose: "callback",
      assistantId: assistant.id,
      context: { callbackReason: "Asked for a quote" },
      slots: [],
      maxDuration: 300,
      recordCall: false,
    });
    const placedTo = () =>
      db
        .select({ id: calls.id })
        .from(calls)
        .where(and(eq(calls.workspaceId, workspace.id), eq(calls.customerId, customer.id), ne(calls.status, "blocked")));
    return { values, placedTo };
  }
  return { placeCall, actor, number };
}

test("two placements to one number at the same instant: one call, the other refused by the duplicate guard", async () => {
  const { placeCall, actor, number } = await setup();
  for (let i = 0; i < ROUNDS; i++) {
    const { values, placedTo } = await number(i);
    const results = await Promise.all([placeCall(values(), actor), placeCall(values(), actor)]);
    assert.equal((await placedTo()).length, 1, `round ${i}: one call to the number`);
    const refused = results.filter((r) => !r.ok);
    assert.equal(refused.length, 1, `round ${i}: ${JSON.stringify(results)}`);
    const [r] = refused;
    assert.ok(!r.ok);
    assert.equal(r.code, "confirm_duplicate");
    assert.match(r.error, /already has a call/);
  }
});

test("a double submit of one request at the same instant returns the same call to both", async () => {
  const { placeCall, actor, number } = await setup();
  for (let i = 0; i < ROUNDS; i++) {
    const { values, placedTo } = await number(ROUNDS + i);
    const once = values();
    const [a, b] = await Promise.all([placeCall(once, actor), placeCall({ ...once }, actor)]);
    assert.ok(a.ok && b.ok, JSON.stringify([a, b]));
    assert.equal(a.data.id, b.data.id);
    assert.equal((await placedTo()).length, 1);
  }
});
