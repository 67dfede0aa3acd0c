import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { and, eq } from "drizzle-orm";
import { openTestDatabase } from "@/db/testing/test-database";
import { createCustomer, createMember, createWorkspace } from "@/db/testing/factories";
import { createSentCall } from "@/db/testing/call-factory";
import { TEST_SIMULATOR_CREDENTIALS } from "@/db/testing/simulator-credentials";
import { webhookHeaders } from "@/lib/webhooks/signature";

// Integration: capacity on a real database; bookings arrive as signed webhooks through the app's
// own route handler (POST /api/webhooks/provider), as the provider sends them.
let database: Awaited<ReturnType<typeof openTestDatabase>>;
before(async () => {
  database = await openTestDatabase();
});
after(() => database?.cleanup());

let seq = 0;
async function deliverBooking(providerCallId: string, start: string) {
  const { POST } = await import("@/app/api/webhooks/provider/route");
  const body = JSON.stringify({
    event: "voice_call.completed",
    call_id: providerCallId,
    timestamp: new Date().toISOString(),
    data: {
      status: "completed",
      duration: 95,
      answered_by: "human",
      outcome: { type: "appointment_scheduled", appointment_id: `appt_${seq}`, appointment_start: start, notes: "Furnace check" },
      ai_summary: "Booked.",
    },
  });
  const headers = webhookHeaders({
    secrets: TEST_SIMULATOR_CREDENTIALS.webhookSecret,
    id: `msg_capacity_${Date.now()}_${seq++}`,
    timestamp: Math.floor(Date.now() / 1000),
    body,
  });
  const res = await POST(
    new Request("http://127.0.0.1/api/webhooks/provider", {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body,
    }),
  );
  assert.equal(res.status, 200, await res.clone().text());
}

test("a booking for a full slot arrives through the webhook, is kept, marked and put on the attention list", async () => {
  const { db } = await import("@/db");
  const { appointments, attentionItems, workspaces } = await import("@/db/schema");
  const ws = await createWorkspace({ timeZone: "America/Los_Angeles" });
  await db.update(workspaces).set({ jobsPerSlot: 1, appointmentMinutes: 120 }).where(eq(workspaces.id, ws.id));
  const slot = { start: "2027-03-02T09:00:00-08:00", end: "2027-03-02T11:00:00-08:00" };
  const first = await createSentCall(ws, { schedulingOptions: { availableSlots: [slot] } });
  const second = await createSentCall(ws, { schedulingOptions: { availableSlots: [slot] } });

  await deliverBooking(first.providerCallId, slot.start);
  // The second arrives for 10:00 local with no offset: the workspace's wall time, inside the first's slot.
  await deliverBooking(second.providerCallId, "2027-03-02T10:00:00");

  const [a] = await db.select().from(appointments).where(eq(appointments.sourceCallId, first.call.id));
  assert.equal(a.overCapacity, false);
  assert.equal(a.endsAt?.toISOString(), "2027-03-02T19:00:00.000Z", "the end is the offered slot's");
  assert.equal(a.status, "booked");
  const [b] = await db.select().from(appointments).where(eq(appointments.sourceCallId, second.call.id));
  assert.ok(b, "the over-capacity booking is kept, never dropped");
  assert.equal(b.overCapacity, true);
  assert.equal(b.startsAt?.toISOString(), "2027-03-02T18:00:00.000Z");
  assert.equal(b.endsAt?.toISOString(), "2027-03-02T20:00:00.000Z", "no matching slot: the usual job length");
  const items = await db
    .select()
    .from(attentionItems)
    .where(and(eq(attentionItems.workspaceId, ws.id), eq(attentionItems.kind, "over_capacity")));
  assert.deepEqual(
    items.map((i) => i.callId),
    [second.call.id],
  );
  assert.match(items[0].detail ?? "", /already had 1 of 1 jobs/);
});

test("by hand: a full slot is refused once, booked when confirmed; cancelled ones free their place", async () => {
  const { db } = await import("@/db");
  const { appointments, workspaces } = await import("@/db/schema");
  const { saveAppointment } = await import("./appointment-writes");
  const ws = await createWorkspace({ timeZone: "America/Chicago" });
  await db.update(workspaces).set({ jobsPerSlot: 1 }).where(eq(workspaces.id, ws.id));
  const member = await createMember(ws);
  member.workspace = { ...member.workspace, jobsPerSlot: 1 };
  const customer = await createCustomer(ws, { phone: "+13125550140" });
  const input = { customerId: customer.id, start: "2027-04-06T13:00", durationMinutes: 60, status: "booked" as const, notes: null };

  const one = await saveAppointment({ ...input, allowOverCapacity: false }, member);
  assert.ok(one.ok);
  const refused = await saveAppointment({ ...input, start: "2027-04-06T13:30", allowOverCapacity: false }, member);
  assert.equal(refused.ok, false);
  assert.equal(!refused.ok && refused.code, "over_capacity");
  const forced = await saveAppointment({ ...input, start: "2027-04-06T13:30", allowOverCapacity: true }, member);
  assert.ok(forced.ok);
  const [row] = await db
    .select()
    .from(appointments)
    .where(eq(appointments.id, forced.ok ? forced.data.id : ""));
  assert.equal(row.overCapacity, true);
  assert.equal(row.startsAt?.toISOString(), "2027-04-06T18:30:00.000Z", "13:30 in Chicago (CDT)");

  // A note on the over-capacity one keeps its slot: no new refusal, still marked.
  const noted = await saveAppointment(
    { ...input, id: row.id, start: "2027-04-06T13:30", notes: "Two crews", allowOverCapacity: false },
    member,
  );
  assert.ok(noted.ok, JSON.stringify(noted));
  assert.equal((await db.select().from(appointments).where(eq(appointments.id, row.id)))[0].overCapacity, true);

  // Cancel the first: the slot has room again.
  assert.ok(one.ok && (await saveAppointment({ ...input, id: one.data.id, status: "cancelled", allowOverCapacity: false }, member)).ok);
  assert.ok((await saveAppointment({ ...input, start: "2027-04-06T12:30", allowOverCapacity: false }, member)).ok);
});
