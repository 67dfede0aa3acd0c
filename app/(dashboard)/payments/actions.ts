"use server";

import { revalidatePath } from "next/cache";
import { memberAction } from "@/lib/actions/member-action";
import { can } from "@/lib/auth/roles";
import { followUpPayment } from "@/lib/payments/promised";
import { followUpPaymentSchema } from "@/lib/validation/payments";

export const followUpPaymentAction = memberAction(
  { name: "followUpPayment", roles: can.placeCalls, schema: followUpPaymentSchema },
  async (input, member) => {
    const res = await followUpPayment(input, member);
    revalidatePath("/payments");
    revalidatePath("/calls");
    return res;
  },
);
