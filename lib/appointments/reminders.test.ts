import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { eq } from "drizzle-orm";
import { startDatabaseAndSimulator } from "@/db/testing/provider-env";
import { createAssistant, createCustomer, createMember, createWorkspace } from "@/db/testing/factories";
import { zoneWhereItIs } from "@/lib/time/zone-at-hour";
import { addDays, todayIn } from "./period";

// Integration: reminder calls placed through the placing path against the simulator over HTTP.
let env: Awaited<ReturnType<typeof startDatabaseAndSimulator>>;
before(async () => {
  env = await startDatabaseAndSimulator();
});
after(() => env?.cleanup());

test("tomorrow's appointments get one reminder call each, with its checks; a second press finds the same call", async () => {
  const { db } = await import("@/db");
  const { calls, appointments } = await import("@/db/schema");
  const { remindAppointment, tomorrowsAppointments } = await import("./reminders");
  const { wallTimeToInstant } = await import("@/lib/time/zoned");
  const ws = await createWorkspace({ timeZone: "America/Chicago" });
  const member = await createMember(ws);
  await createAssistant(ws, { providerAssistantId: "asst_reminder_001", purposes: ["appointment_reminder"] });
  // Customers where it is midday now, so calling hours are open for them.
  const zone = zoneWhereItIs(12);
  const ok = await createCustomer(ws, { name: "Remind Me", phone: "+13105550177", timeZone: zone });
  const dnc = await createCustomer(ws, {
    name: "Leave Me",
    phone: "+13105550178",
    timeZone: zone,
    doNotCall: true,
    doNotCallReason: "Asked",
  });
  const tomorrow = addDays(todayIn(ws.timeZone), 1);
  const at = (hhmm: string) => wallTimeToInstant(`${tomorrow}T${hhmm}`, ws.timeZone);
  const [a1] = await db
    .insert(appointments)
    .values({ workspaceId: ws.id, customerId: ok.id, startsAt: at("09:00"), endsAt: at("11:00"), notes: "Bring ladder" })
    .returning();
  const [a2] = await db
    .insert(appointments)
    .values({ workspaceId: ws.id, customerId: dnc.id, startsAt: at("13:00") })
    .returning();
  await db.insert(appointments).values({ workspaceId: ws.id, customerId: ok.id, startsAt: at("15:00"), status: "cancelled" });

  const due = await tomorrowsAppointments(member);
  assert.deepEqual(
    due.map((d) => d.id),
    [a1.id, a2.id],
    "cancelled ones are not reminded",
  );

  const first = await remindAppointment({ appointmentId: a1.id }, member);
  assert.ok(first.ok, JSON.stringify(first));
  const [call] = await db.select().from(calls).where(eq(calls.id, first.data.callId));
  assert.equal(call.purpose, "appointment_reminder");
  assert.equal(call.customerId, ok.id);
  assert.match(call.context.appointmentInfo ?? "", /Bring ladder/);
  assert.equal(env.sim.store.calls.size, 1);

  const again = await remindAppointment({ appointmentId: a1.id }, member);
  assert.ok(again.ok);
  assert.equal(again.data.callId, first.data.callId, "the same reminder, not a second call");
  assert.equal(env.sim.store.calls.size, 1);

  const refused = await remindAppointment({ appointmentId: a2.id }, member);
  assert.equal(refused.ok, false);
  assert.match(!refused.ok ? refused.error : "", /do-not-call/);
  assert.equal(env.sim.store.calls.size, 1, "nothing reached the provider for the do-not-call customer");
});
