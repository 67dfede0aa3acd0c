import { can } from "@/lib/auth/roles";
import { route } from "@/lib/http/route";
import { checkMember } from "@/lib/auth/session";
import { sessionStillAllowed } from "@/lib/auth/sessions";
import { sseResponse } from "@/lib/live/sse-response";
import { leadHub } from "@/lib/leads/live-hub";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The leads list's live stream: server-sent events of changed leads in the member's workspace. */
export const GET = route("live/leads", async (request) => {
  const check = await checkMember(can.viewCalls);
  if (!check.ok) return Response.json({ error: "Sign in to follow leads" }, { status: 401 });
  const { sessionId, user, workspace } = check.member;
  return sseResponse(request, leadHub(), workspace.id, {
    stillAllowed: () => sessionStillAllowed({ sessionId, userId: user.id, workspaceId: workspace.id }, can.viewCalls),
  });
});
