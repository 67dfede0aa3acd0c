import { z } from "zod";
import { findCampaign } from "@/db/queries/campaigns";
import { fail, ok } from "@/lib/actions/result";
import { can } from "@/lib/auth/roles";
import { loadCampaignRows } from "@/lib/campaigns/view";
import { memberRoute } from "@/lib/routes/member-route";

export const dynamic = "force-dynamic";

const schema = z.object({
  campaignId: z.uuid(),
  view: z.enum(["all", "problems"]).default("all"),
  after: z.coerce.number().int().min(0).default(0),
});

/** A page of a campaign's rows (100 at a time, by row number), all or only those refused, failed or waiting. */
export const GET = memberRoute({ name: "campaignRows", roles: can.runCampaigns, schema }, async ({ campaignId, view, after }, member) => {
  const campaign = await findCampaign({ workspaceId: member.workspace.id, id: campaignId });
  if (!campaign) return fail("That campaign no longer exists.");
  return ok(await loadCampaignRows({ campaignId, problems: view === "problems", after }));
});
