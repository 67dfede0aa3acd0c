import { simulatorEnabled } from "@/lib/env";
import { route } from "@/lib/http/route";
import { defaultSimulatorStore, trackPageResponse } from "@/lib/provider/simulator";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** A simulated call's `tracking_url`: public, like a real provider's tracking link. */
export const GET = route<{ params: Promise<{ callId: string }> }>("simulator/track", async (_request, { params }) => {
  if (!simulatorEnabled()) return new Response("Not found", { status: 404 });
  const { callId } = await params;
  return trackPageResponse(callId, defaultSimulatorStore());
});
