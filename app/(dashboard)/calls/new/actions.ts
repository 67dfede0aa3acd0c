"use server";

import { revalidatePath } from "next/cache";
import { memberAction } from "@/lib/actions/member-action";
import { can } from "@/lib/auth/roles";
import { placeCall } from "@/lib/calls/place-call";
import { placeCallSchema } from "@/lib/validation/call";

export const placeCallAction = memberAction(
  {
    name: "placeCall",
    roles: can.placeCalls,
    schema: ({ workspace }) => placeCallSchema({ timeZone: workspace.timeZone, allowedCountries: workspace.allowedCountries }),
  },
  async (values, member) => {
    const result = await placeCall(values, { workspace: member.workspace, userId: member.user.id });
    revalidatePath("/calls");
    return result;
  },
);
