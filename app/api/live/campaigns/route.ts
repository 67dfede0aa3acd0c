import { can } from "@/lib/auth/roles";
import { route } from "@/lib/http/route";
import { checkMember } from "@/lib/auth/session";
import { sessionStillAllowed } from "@/lib/auth/sessions";
import { sseResponse } from "@/lib/live/sse-response";
import { campaignHub } from "@/lib/campaigns/live-hub";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** Campaign progress as server-sent events, for managers and admins of the workspace. */
export const GET = route("live/campaigns", async (request) => {
  const check = await checkMember(can.runCampaigns);
  if (!check.ok) {
    return check.reason === "anonymous"
      ? Response.json({ error: "Sign in to follow campaigns" }, { status: 401 })
      : Response.json({ error: "Campaigns are for managers and admins" }, { status: 403 });
  }
  const { sessionId, user, workspace } = check.member;
  return sseResponse(request, campaignHub(), workspace.id, {
    stillAllowed: () => sessionStillAllowed({ sessionId, userId: user.id, workspaceId: workspace.id }, can.runCampaigns),
  });
});
