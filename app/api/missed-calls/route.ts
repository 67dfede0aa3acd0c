import { z } from "zod";
import { listMissedCalls } from "@/db/queries/missed-calls";
import { ok } from "@/lib/actions/result";
import { can } from "@/lib/auth/roles";
import { toMissedCallItem } from "@/lib/missed-calls/item";
import { memberRoute } from "@/lib/routes/member-route";

export const dynamic = "force-dynamic";

/** The missed-calls list again, for when the live stream could not replay what the browser missed. */
export const GET = memberRoute({ name: "listMissedCalls", roles: can.viewCalls, schema: z.object({}) }, async (_input, member) => {
  const rows = await listMissedCalls({ workspaceId: member.workspace.id });
  return ok(rows.map(toMissedCallItem));
});
