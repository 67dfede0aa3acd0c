import type { Tx } from "@/db";
import { countOverlapping, lockWorkspaceBookings } from "@/db/queries/appointments";
import { findCall } from "@/db/queries/calls";
import { openAttentionItem, recordAppointment } from "@/db/queries/outcomes";
import { findWorkspace } from "@/db/queries/workspaces";
import { readProviderTime } from "@/lib/time/zoned";

/**
 * The appointment an `appointment_scheduled` outcome booked, inside the webhook's transaction. Its
 * end is the offered slot it matches, else the workspace's usual job length. A slot already at
 * capacity still gets the booking (the customer was promised it): the row is marked and a person
 * is asked, on the attention list, to move it or confirm the extra job. Bookings of one workspace
 * are serialised so two arriving at once cannot both take the last place.
 */
export async function bookFromCall(
  tx: Tx,
  {
    workspaceId,
    callId,
    customerId,
    providerAppointmentId,
    startsAt,
    notes,
  }: {
    workspaceId: string;
    callId: string;
    customerId: string;
    providerAppointmentId: string | null;
    startsAt: Date | null;
    notes: string | null;
  },
) {
  const workspace = await findWorkspace({ id: workspaceId }, tx);
  if (!workspace || !startsAt) {
    await recordAppointment({ workspaceId, callId, customerId, providerAppointmentId, startsAt, notes }, tx);
    return;
  }
  const call = await findCall({ workspaceId, id: callId }, tx);
  const offered = call?.schedulingOptions?.availableSlots.find(
    (s) => readProviderTime(s.start, workspace.timeZone)?.getTime() === startsAt.getTime(),
  );
  const endsAt =
    (offered && readProviderTime(offered.end, workspace.timeZone)) || new Date(startsAt.getTime() + workspace.appointmentMinutes * 60_000);

  let held = 0;
  if (workspace.jobsPerSlot !== null) {
    await lockWorkspaceBookings({ workspaceId }, tx);
    held = await countOverlapping({ workspaceId, start: startsAt, end: endsAt, defaultMinutes: workspace.appointmentMinutes }, tx);
  }
  const overCapacity = workspace.jobsPerSlot !== null && held >= workspace.jobsPerSlot;
  const created = await recordAppointment(
    { workspaceId, callId, customerId, providerAppointmentId, startsAt, endsAt, overCapacity, notes },
    tx,
  );
  if (created && overCapacity) {
    const when = new Intl.DateTimeFormat("en-US", { timeZone: workspace.timeZone, dateStyle: "medium", timeStyle: "short" }).format(
      startsAt,
    );
    await openAttentionItem(
      {
        workspaceId,
        callId,
        kind: "over_capacity",
        detail: `Booked for ${when}, a slot that already had ${held} of ${workspace.jobsPerSlot} jobs`,
      },
      tx,
    );
  }
}
