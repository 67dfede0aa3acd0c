import { db } from "@/db";
import { countOverlapping, findAppointment, insertAppointment, lockWorkspaceBookings, updateAppointment } from "@/db/queries/appointments";
import { recordAudit } from "@/db/queries/audit";
import { findCustomer } from "@/db/queries/customers";
import { updateWorkspaceCapacity } from "@/db/queries/workspaces";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import type { Member } from "@/lib/auth/session";
import { wallTimeToInstant } from "@/lib/time/zoned";
import type { z } from "zod";
import type { appointmentSchema, capacitySchema } from "@/lib/validation/appointment";

export const OVER_CAPACITY_CODE = "over_capacity";

/**
 * Creates or edits an appointment by hand, audited. A slot already at the workspace's capacity is
 * refused once with the count; the form may then book it anyway, and the row says so.
 */
export async function saveAppointment(input: z.output<typeof appointmentSchema>, member: Member): Promise<ActionResult<{ id: string }>> {
  const { workspace } = member;
  const startsAt = wallTimeToInstant(input.start, workspace.timeZone);
  const endsAt = new Date(startsAt.getTime() + input.durationMinutes * 60_000);
  const fields = { startsAt, endsAt, status: input.status, notes: input.notes };
  return db.transaction(async (tx) => {
    const customer = await findCustomer({ workspaceId: workspace.id, id: input.customerId }, tx);
    if (!customer || customer.mergedIntoId) return fail("That customer is not in this workspace.");
    await lockWorkspaceBookings({ workspaceId: workspace.id }, tx);
    const was = input.id ? await findAppointment({ workspaceId: workspace.id, id: input.id }, tx) : null;
    if (input.id && !was) return fail("That appointment is not in this workspace.");
    const holds = (s: string) => s === "booked" || s === "confirmed";
    // An edit that keeps the slot and keeps holding it (a status or note change) takes no new place.
    const samePlace =
      was !== null && holds(was.status) && was.startsAt?.getTime() === startsAt.getTime() && was.endsAt?.getTime() === endsAt.getTime();
    let overCapacity = samePlace ? was.overCapacity : false;
    if (!samePlace && workspace.jobsPerSlot !== null && holds(input.status)) {
      const held = await countOverlapping(
        { workspaceId: workspace.id, start: startsAt, end: endsAt, defaultMinutes: workspace.appointmentMinutes, excludeId: input.id },
        tx,
      );
      overCapacity = held >= workspace.jobsPerSlot;
      if (overCapacity && !input.allowOverCapacity) {
        return fail(
          `That slot is full: ${held} of ${workspace.jobsPerSlot} jobs are booked. Pick another time, or book it anyway.`,
          undefined,
          {
            code: OVER_CAPACITY_CODE,
          },
        );
      }
    }
    const audit = { workspaceId: workspace.id, actorId: member.user.id, entityType: "appointment" } as const;
    if (!input.id) {
      const row = await insertAppointment(
        { workspaceId: workspace.id, customerId: customer.id, fields: { ...fields, overCapacity }, createdBy: member.user.id },
        tx,
      );
      await recordAudit(
        { ...audit, action: "appointment.create", entityId: row.id, after: { customerId: customer.id, ...fields, overCapacity } },
        tx,
      );
      return ok({ id: row.id });
    }
    const changed = await updateAppointment(
      { workspaceId: workspace.id, id: input.id, customerId: customer.id, fields: { ...fields, overCapacity } },
      tx,
    );
    if (!changed) return fail("That appointment is not in this workspace.");
    const { startsAt: s, endsAt: e, status, notes, overCapacity: o } = changed.before;
    await recordAudit(
      {
        ...audit,
        action: "appointment.update",
        entityId: input.id,
        before: { startsAt: s, endsAt: e, status, notes, overCapacity: o },
        after: fields,
      },
      tx,
    );
    return ok({ id: input.id });
  });
}

export async function saveCapacity(input: z.output<typeof capacitySchema>, member: Member): Promise<ActionResult<{ id: string }>> {
  const { workspace } = member;
  await db.transaction(async (tx) => {
    await updateWorkspaceCapacity({ id: workspace.id, ...input }, tx);
    await recordAudit(
      {
        workspaceId: workspace.id,
        actorId: member.user.id,
        action: "workspace.capacity",
        entityType: "workspace",
        entityId: workspace.id,
        before: { jobsPerSlot: workspace.jobsPerSlot, appointmentMinutes: workspace.appointmentMinutes },
        after: input,
      },
      tx,
    );
  });
  return ok({ id: workspace.id });
}
