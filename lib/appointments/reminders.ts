import { findAppointment, listAppointments } from "@/db/queries/appointments";
import { findCustomer } from "@/db/queries/customers";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import type { Member } from "@/lib/auth/session";
import { placeOnBehalf } from "@/lib/calls/place-on-behalf";
import { summarizePlaced, type PlacedSummary } from "@/lib/calls/placed-summary";
import { appointmentPeriod, addDays, todayIn } from "./period";

/** Tomorrow in the workspace's zone: the appointments still holding a slot. */
export async function tomorrowsAppointments(member: Member, now = new Date()) {
  const { workspace } = member;
  const period = appointmentPeriod("day", addDays(todayIn(workspace.timeZone, now), 1), workspace.timeZone, now);
  const rows = await listAppointments({ workspaceId: workspace.id, from: period.from, to: period.to });
  return rows.filter((r) => r.status === "booked" || r.status === "confirmed");
}

/**
 * One reminder call for one appointment, through the placing path with its checks. The request
 * key is derived from the appointment and its time, so pressing "remind" twice finds the first
 * call, while a moved appointment gets a reminder of its own.
 */
export async function remindAppointment(
  { appointmentId }: { appointmentId: string },
  member: Member,
): Promise<ActionResult<PlacedSummary>> {
  const { workspace } = member;
  const a = await findAppointment({ workspaceId: workspace.id, id: appointmentId });
  if (!a || !a.startsAt) return fail("That appointment is not in this workspace or has no time.");
  if (a.status === "cancelled" || a.status === "done") return fail(`Not placed: the appointment is ${a.status}.`);
  const customer = await findCustomer({ workspaceId: workspace.id, id: a.customerId });
  if (!customer) return fail("That customer is not in this workspace.");
  const when = new Intl.DateTimeFormat("en-US", { timeZone: workspace.timeZone, dateStyle: "full", timeStyle: "short" }).format(a.startsAt);
  const placed = await placeOnBehalf(
    {
      customer,
      purpose: "appointment_reminder",
      context: { appointmentInfo: [`Appointment on ${when}`, a.notes].filter(Boolean).join(". ") },
      key: `appointment-reminder:${a.id}:${a.startsAt.toISOString()}`,
    },
    member,
  );
  return placed.ok ? ok(summarizePlaced(placed.data, workspace.timeZone)) : placed;
}
