"use server";

import { revalidatePath } from "next/cache";
import { memberAction } from "@/lib/actions/member-action";
import { can } from "@/lib/auth/roles";
import { saveAppointment, saveCapacity } from "@/lib/appointments/appointment-writes";
import { remindAppointment } from "@/lib/appointments/reminders";
import { appointmentSchema, capacitySchema, remindAppointmentSchema } from "@/lib/validation/appointment";

export const saveAppointmentAction = memberAction(
  { name: "saveAppointment", roles: can.viewCalls, schema: appointmentSchema },
  async (input, member) => {
    const res = await saveAppointment(input, member);
    if (res.ok) {
      revalidatePath("/appointments");
      revalidatePath(`/customers/${input.customerId}`);
    }
    return res;
  },
);

export const saveCapacityAction = memberAction(
  { name: "saveCapacity", roles: can.manageSettings, schema: capacitySchema },
  async (input, member) => {
    const res = await saveCapacity(input, member);
    if (res.ok) revalidatePath("/appointments");
    return res;
  },
);

/** One reminder per call of the action: the page sends them one by one and shows each answer. */
export const remindAppointmentAction = memberAction(
  { name: "remindAppointment", roles: can.placeCalls, schema: remindAppointmentSchema },
  async (input, member) => {
    const res = await remindAppointment(input, member);
    revalidatePath("/calls");
    return res;
  },
);
