import { can } from "@/lib/auth/roles";
import { route } from "@/lib/http/route";
import { checkMember } from "@/lib/auth/session";
import { sessionStillAllowed } from "@/lib/auth/sessions";
import { sseResponse } from "@/lib/live/sse-response";
import { missedHub } from "@/lib/missed-calls/live-hub";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The missed-calls list's live stream: server-sent events of changed missed calls in the member's workspace. */
export const GET = route("live/missed", async (request) => {
  const check = await checkMember(can.viewCalls);
  if (!check.ok) return Response.json({ error: "Sign in to follow missed calls" }, { status: 401 });
  const { sessionId, user, workspace } = check.member;
  return sseResponse(request, missedHub(), workspace.id, {
    stillAllowed: () => sessionStillAllowed({ sessionId, userId: user.id, workspaceId: workspace.id }, can.viewCalls),
  });
});
