import { fail, ok } from "@/lib/actions/result";
import { can } from "@/lib/auth/roles";
import { loadCampaignLive } from "@/lib/campaigns/view";
import { memberRoute } from "@/lib/routes/member-route";
import { campaignIdSchema } from "@/lib/validation/campaign";

export const dynamic = "force-dynamic";

/** A campaign's progress again, for when its live stream could not replay what the page missed. */
export const GET = memberRoute(
  { name: "campaignProgress", roles: can.runCampaigns, schema: campaignIdSchema },
  async ({ campaignId }, member) => {
    const live = await loadCampaignLive({ workspaceId: member.workspace.id, campaignId });
    return live ? ok(live) : fail("That campaign no longer exists.");
  },
);
