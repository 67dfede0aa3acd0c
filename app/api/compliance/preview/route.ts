import { findCustomer } from "@/db/queries/customers";
import { fail, ok } from "@/lib/actions/result";
import { can } from "@/lib/auth/roles";
import { checkCall } from "@/lib/compliance/check-call";
import { toE164 } from "@/lib/phone";
import { memberRoute } from "@/lib/routes/member-route";
import { compliancePreviewSchema } from "@/lib/validation/call";

export const dynamic = "force-dynamic";

/** The checks the call would meet right now, shown in the form before the dispatcher submits. */
export const GET = memberRoute(
  { name: "previewCompliance", roles: can.placeCalls, schema: compliancePreviewSchema },
  async ({ customerId, phoneNumber, purpose }, member) => {
    const customer = await findCustomer({ workspaceId: member.workspace.id, id: customerId });
    const phone = toE164(phoneNumber);
    if (!customer || !phone) return fail("Pick a customer with a valid number.");
    const verdict = await checkCall({ workspace: member.workspace, customer, phone, purpose });
    return ok({ kind: verdict.kind, checks: verdict.checks });
  },
);
