import { can } from "@/lib/auth/roles";
import { route } from "@/lib/http/route";
import { checkMember } from "@/lib/auth/session";
import { callHub } from "@/lib/live/hub";
import { sseResponse } from "@/lib/live/sse-response";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The board's live stream: server-sent events of changed calls in the member's workspace. */
export const GET = route("live/calls", async (request) => {
  const check = await checkMember(can.viewCalls);
  if (!check.ok) return Response.json({ error: "Sign in to follow calls" }, { status: 401 });
  return sseResponse(request, callHub(), check.member.workspace.id);
});
