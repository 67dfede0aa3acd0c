import { checkMember } from "@/lib/auth/session";
import { route } from "@/lib/http/route";
import { sseResponse } from "./sse-response";
import { LIVE_STREAMS, liveDecision, type LiveStreamKind } from "./streams";

/** The GET handler of /api/live/<kind>: the member's workspace's changes as server-sent events. */
export function liveRoute(kind: LiveStreamKind) {
  return route(`live/${kind}`, async (request) => {
    const decision = liveDecision(kind, await checkMember(LIVE_STREAMS[kind].roles));
    if (!decision.ok) return Response.json({ error: decision.error }, { status: decision.status });
    return sseResponse(request, decision.hub, decision.workspaceId, decision.access);
  });
}
