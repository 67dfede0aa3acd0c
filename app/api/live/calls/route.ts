import { can } from "@/lib/auth/roles";
import { route } from "@/lib/http/route";
import { checkMember } from "@/lib/auth/session";
import { sessionStillAllowed } from "@/lib/auth/sessions";
import { callHub } from "@/lib/live/hub";
import { sseResponse } from "@/lib/live/sse-response";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The board's live stream: server-sent events of changed calls in the member's workspace. */
export const GET = route("live/calls", async (request) => {
  const check = await checkMember(can.viewCalls);
  if (!check.ok) return Response.json({ error: "Sign in to follow calls" }, { status: 401 });
  const { sessionId, user, workspace } = check.member;
  return sseResponse(request, callHub(), workspace.id, {
    stillAllowed: () => sessionStillAllowed({ sessionId, userId: user.id, workspaceId: workspace.id }, can.viewCalls),
  });
});
