"use server";

import { revalidatePath } from "next/cache";
import { searchCustomers } from "@/db/queries/customers";
import { memberAction } from "@/lib/actions/member-action";
import { ok } from "@/lib/actions/result";
import { can } from "@/lib/auth/roles";
import { placeCall } from "@/lib/calls/place-call";
import { customerSearchSchema, placeCallSchema } from "@/lib/validation/call";

export const placeCallAction = memberAction(
  { name: "placeCall", roles: can.placeCalls, schema: placeCallSchema },
  async (values, member) => {
    const result = await placeCall(values, { workspace: member.workspace, userId: member.user.id });
    revalidatePath("/calls");
    return result;
  },
);

export const searchCustomersAction = memberAction(
  { name: "searchCustomers", roles: can.placeCalls, schema: customerSearchSchema },
  async ({ query }, member) => ok(await searchCustomers({ workspaceId: member.workspace.id, query })),
);
