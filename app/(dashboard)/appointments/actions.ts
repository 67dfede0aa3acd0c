"use server";

import { revalidatePath } from "next/cache";
import { memberAction } from "@/lib/actions/member-action";
import { can } from "@/lib/auth/roles";
import { saveAppointment, saveCapacity } from "@/lib/appointments/appointment-writes";
import { appointmentSchema, capacitySchema } from "@/lib/validation/appointment";

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
