import { env, providerConfig } from "@/lib/env";
import { defaultSimulatorStore, handleSimulatorRequest, playCall } from "@/lib/provider/simulator";

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
  const appUrl = env().APP_URL.replace(/\/$/, "");
  const publicBaseUrl = `${appUrl}/api/simulator`;
  const store = defaultSimulatorStore();
  return handleSimulatorRequest(request, {
    apiKey: config.apiKey,
    publicBaseUrl,
    store,
    // Calls play out in this process; the store lives on globalThis, so a dev reload never plays one twice.
    onCallAccepted: (call) =>
      playCall(call, {
        store,
        webhookSecret: config.webhookSecret,
        publicBaseUrl,
        allowWebhookOrigins: [new URL(appUrl).origin],
        // Anyone holding the fixed simulator key could aim webhooks at loopback services; keep that to development.
        allowLoopback: process.env.NODE_ENV !== "production",
      }),
  });
}

export { handle as GET, handle as POST };
