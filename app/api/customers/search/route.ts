import { searchCustomers } from "@/db/queries/customers";
import { ok } from "@/lib/actions/result";
import { can } from "@/lib/auth/roles";
import { memberRoute } from "@/lib/routes/member-route";
import { customerSearchSchema } from "@/lib/validation/call";

export const dynamic = "force-dynamic";

/** The customer picker's search, by name or phone number. */
export const GET = memberRoute(
  { name: "searchCustomers", roles: can.placeCalls, schema: customerSearchSchema },
  async ({ query }, member) => ok(await searchCustomers({ workspaceId: member.workspace.id, query })),
);
