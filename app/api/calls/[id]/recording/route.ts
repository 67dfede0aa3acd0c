import { findCall } from "@/db/queries/calls";
import { checkMember } from "@/lib/auth/session";
import { route } from "@/lib/http/route";
import { log } from "@/lib/log/logger";
import { can } from "@/lib/auth/roles";
import { fetchProviderUrl, isProviderUrl } from "@/lib/provider/fetch-provider-url";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const PASS_THROUGH = ["content-type", "content-length", "content-range", "accept-ranges", "last-modified", "etag"];

/**
 * Streams a call's recording to a signed-in member of its workspace. The provider's URL and API
 * key never reach the browser; Range requests pass through so the player can seek.
 */
export const GET = route<{ params: Promise<{ id: string }> }>("calls/recording", async (request, { params }) => {
  const check = await checkMember(can.viewCalls);
  if (!check.ok) return Response.json({ error: "Sign in to listen to recordings" }, { status: 401 });
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) return Response.json({ error: "No such call" }, { status: 404 });
  const call = await findCall({ workspaceId: check.member.workspace.id, id });
  if (!call) return Response.json({ error: "No such call" }, { status: 404 });
  if (!call.recordingUrl) return Response.json({ error: "This call was not recorded" }, { status: 404 });
  if (!isProviderUrl(call.recordingUrl))
    return Response.json({ error: "The recording is not on an allowed provider host" }, { status: 502 });

  const range = request.headers.get("range");
  let upstream: Response;
  try {
    const headers: Record<string, string> = { "X-Workspace-ID": check.member.workspace.providerWorkspaceId };
    if (range) headers.Range = range;
    upstream = await fetchProviderUrl(call.recordingUrl, { headers, signal: request.signal });
  } catch (error) {
    log.error({ err: error, callId: id }, "recording: provider fetch failed");
    return Response.json({ error: "The provider did not answer; try again shortly" }, { status: 502 });
  }
  if (!upstream.ok || !upstream.body) {
    const status = upstream.status === 404 || upstream.status === 410 ? 404 : 502;
    return Response.json(
      { error: status === 404 ? "The provider no longer has this recording" : "The provider could not serve the recording" },
      { status },
    );
  }
  const headers = new Headers({ "Cache-Control": "private, max-age=300" });
  for (const name of PASS_THROUGH) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(upstream.body, { status: upstream.status, headers });
});
