import { env, providerConfig } from "@/lib/env";
import { handleSimulatorRequest } from "@/lib/provider/simulator";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The built-in provider; it answers only while no real provider is configured. */
async function handle(request: Request): Promise<Response> {
  const config = providerConfig();
  if (!config.simulated) {
    return Response.json(
      { error: { code: "not_found", message: "The simulator is off: a real provider is configured", retryable: false } },
      { status: 404 },
    );
  }
  return handleSimulatorRequest(request, {
    apiKey: config.apiKey,
    publicBaseUrl: `${env().APP_URL.replace(/\/$/, "")}/api/simulator`,
  });
}

export { handle as GET, handle as POST };
