import { z } from "zod";
import { listLeads } from "@/db/queries/leads";
import { ok } from "@/lib/actions/result";
import { can } from "@/lib/auth/roles";
import { toLeadItem } from "@/lib/leads/item";
import { memberRoute } from "@/lib/routes/member-route";

export const dynamic = "force-dynamic";

/** The leads list again, for when the live stream could not replay what the browser missed. */
export const GET = memberRoute({ name: "listLeads", roles: can.viewCalls, schema: z.object({}) }, async (_input, member) => {
  const rows = await listLeads({ workspaceId: member.workspace.id });
  return ok(rows.map(toLeadItem));
});
