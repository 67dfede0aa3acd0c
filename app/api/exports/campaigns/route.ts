import { findCampaign } from "@/db/queries/campaigns";
import { recordAudit } from "@/db/queries/audit";
import { checkMember } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { route } from "@/lib/http/route";
import { campaignResultsStream } from "@/lib/campaigns/results-csv";
import { campaignIdSchema } from "@/lib/validation/campaign";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** A campaign's results, one line per row (state, attempts, outcome, reason, call), streamed; audited. */
export const GET = route("exports/campaigns", async (request) => {
  const check = await checkMember(can.runCampaigns);
  if (!check.ok) {
    return check.reason === "anonymous"
      ? Response.json({ error: "Sign in to export a campaign" }, { status: 401 })
      : Response.json({ error: "Campaigns are for managers and admins" }, { status: 403 });
  }
  const parsed = campaignIdSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return Response.json({ error: "Name the campaign: ?campaignId=…" }, { status: 400 });
  const { workspace, user } = check.member;
  const campaign = await findCampaign({ workspaceId: workspace.id, id: parsed.data.campaignId });
  if (!campaign) return Response.json({ error: "No such campaign" }, { status: 404 });
  await recordAudit({
    workspaceId: workspace.id,
    actorId: user.id,
    action: "campaign.exported",
    entityType: "campaign",
    entityId: campaign.id,
    before: null,
    after: null,
  });
  const slug =
    campaign.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .slice(0, 40) || "campaign";
  return new Response(campaignResultsStream(campaign), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="campaign-${slug}.csv"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
