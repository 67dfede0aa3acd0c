import { z } from "zod";
import { countDay } from "@/db/queries/day-counts";
import { ok } from "@/lib/actions/result";
import { can, hasRole } from "@/lib/auth/roles";
import { memberRoute } from "@/lib/routes/member-route";

export const dynamic = "force-dynamic";

/** The nav's counts, read again when a live stream says something changed. */
export const GET = memberRoute({ name: "countDay", roles: can.viewCalls, schema: z.object({}) }, async (_input, member) =>
  ok(await countDay({ workspaceId: member.workspace.id, withAttention: hasRole(member.role, can.reviewOutcomes) })),
);
