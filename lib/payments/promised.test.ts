import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, test } from "node:test";
import { eq } from "drizzle-orm";
import { startDatabaseAndSimulator } from "@/db/testing/provider-env";
import { createAssistant, createCustomer, createMember, createWorkspace } from "@/db/testing/factories";
import type { Workspace } from "@/db/schema";
import { zoneWhereItIs } from "@/lib/time/zone-at-hour";
import { addDays, todayIn } from "@/lib/appointments/period";

// Integration: promised payments and their collections follow-ups, placed against the simulator.
let env: Awaited<ReturnType<typeof startDatabaseAndSimulator>>;
before(async () => {
  env = await startDatabaseAndSimulator();
});
after(() => env?.cleanup());

async function promise(ws: Workspace, customerId: string, assistantId: string, amount: number, date: string) {
  const { db } = await import("@/db");
  const { calls } = await import("@/db/schema");
  const [row] = await db
    .insert(calls)
    .values({
      workspaceId: ws.id,
      customerId,
      assistantId,
      purpose: "collections",
      phoneNumber: "+13105550190",
      customerName: "Payer",
      context: {},
      maxDuration: 300,
      recordCall: false,
      webhookUrl: "http://127.0.0.1:9/",
      idempotencyKey: randomUUID(),
      requestBody: {},
      status: "completed",
      outcomeType: "payment_promised",
      outcome: { type: "payment_promised", amount, promised_date: date },
      // Long enough ago that the collections rule against calling soon after a conversation passes.
      createdAt: new Date(Date.now() - 10 * 86_400_000),
      endedAt: new Date(Date.now() - 10 * 86_400_000),
    })
    .returning();
  return row;
}

test("overdue promises come first and get one collections follow-up through the placing path; others are not called", async () => {
  const { db } = await import("@/db");
  const { calls } = await import("@/db/schema");
  const { loadPromisedPayments, followUpPayment } = await import("./promised");
  const ws = await createWorkspace({ timeZone: "America/Chicago" });
  const member = await createMember(ws);
  const billing = await createAssistant(ws, { providerAssistantId: "asst_billing_001", purposes: ["collections"] });
  const payer = await createCustomer(ws, { name: "Late Payer", phone: "+13105550190", timeZone: zoneWhereItIs(12) });
  const today = todayIn(ws.timeZone);
  const upcoming = await promise(ws, payer.id, billing.id, 80, addDays(today, 5));
  const overdue = await promise(ws, payer.id, billing.id, 250.5, addDays(today, -3));

  const list = await loadPromisedPayments(member);
  assert.deepEqual(
    list.map((p) => [p.callId, p.due]),
    [
      [overdue.id, "overdue"],
      [upcoming.id, "upcoming"],
    ],
  );

  const refused = await followUpPayment({ callId: upcoming.id }, member);
  assert.equal(refused.ok, false);
  const placed = await followUpPayment({ callId: overdue.id }, member);
  assert.ok(placed.ok, JSON.stringify(placed));
  const [call] = await db.select().from(calls).where(eq(calls.id, placed.data.callId));
  assert.equal(call.purpose, "collections");
  assert.match(call.context.customMessage ?? "", /\$250\.50/);
  assert.ok(
    call.compliance?.checks.some((c) => c.rule === "collections"),
    "the collections rules were checked",
  );
  const again = await followUpPayment({ callId: overdue.id }, member);
  assert.ok(again.ok);
  assert.equal(again.data.callId, placed.data.callId);
  assert.equal((await loadPromisedPayments(member))[0].followUp?.id, placed.data.callId);
});
