import { simulatorEnabled } from "@/lib/env";
import { defaultSimulatorStore, trackPageResponse } from "@/lib/provider/simulator";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** A simulated call's `tracking_url`: public, like a real provider's tracking link. */
export async function GET(_request: Request, { params }: { params: Promise<{ callId: string }> }): Promise<Response> {
  if (!simulatorEnabled()) return new Response("Not found", { status: 404 });
  const { callId } = await params;
  return trackPageResponse(callId, defaultSimulatorStore());
}
