"use server";

import { revalidatePath } from "next/cache";
import { searchCustomers } from "@/db/queries/customers";
import { memberAction } from "@/lib/actions/member-action";
import { ok } from "@/lib/actions/result";
import { can } from "@/lib/auth/roles";
import { placeCall } from "@/lib/calls/place-call";
import { compliancePreviewSchema, customerSearchSchema, placeCallSchema } from "@/lib/validation/call";
import { findCustomer } from "@/db/queries/customers";
import { fail } from "@/lib/actions/result";
import { checkCall } from "@/lib/compliance/check-call";
import { toE164 } from "@/lib/phone";

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

export const searchCustomersAction = memberAction(
  { name: "searchCustomers", roles: can.placeCalls, schema: customerSearchSchema },
  async ({ query }, member) => ok(await searchCustomers({ workspaceId: member.workspace.id, query })),
);

/** The checks the call would meet right now, shown in the form before the dispatcher submits. */
export const previewComplianceAction = memberAction(
  { name: "previewCompliance", roles: can.placeCalls, schema: compliancePreviewSchema },
  async ({ customerId, phoneNumber, purpose }, member) => {
    const customer = await findCustomer({ workspaceId: member.workspace.id, id: customerId });
    const phone = toE164(phoneNumber);
    if (!customer || !phone) return fail("Pick a customer with a valid number.");
    const verdict = await checkCall({ workspace: member.workspace, customer, phone, purpose });
    return ok({ kind: verdict.kind, checks: verdict.checks });
  },
);
