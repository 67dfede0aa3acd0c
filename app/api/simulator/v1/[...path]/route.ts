import { can } from "@/lib/auth/roles";
import { checkMember } from "@/lib/auth/session";
import { appUrl, isProduction, providerConfig, simulatorEnabled } from "@/lib/env";
import { route } from "@/lib/http/route";
import { defaultSimulatorStore, handleSimulatorRequest, playCall } from "@/lib/provider/simulator";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The built-in provider; it answers only while no real provider is configured. */
const handle = route("simulator/v1", async (request) => {
  if (!simulatorEnabled()) {
    return Response.json({ error: { code: "not_found", message: "The simulator is off", retryable: false } }, { status: 404 });
  }
  const config = providerConfig();
  const base = appUrl();
  const publicBaseUrl = `${base}/api/simulator`;
  const store = defaultSimulatorStore();
  // The outage switch of this install's simulator is for a signed-in admin (its API key is a
  // generated secret nobody types); the handler still checks the key, which is added here.
  if (new URL(request.url).pathname.endsWith("/_control/outage")) {
    const check = await checkMember(can.manageSettings);
    if (!check.ok) return Response.json({ error: { code: "forbidden", message: "Admins only", retryable: false } }, { status: 403 });
    const headers = new Headers(request.headers);
    headers.set("authorization", `Bearer ${config.apiKey}`);
    request = new Request(request.url, { method: request.method, headers, body: await request.text() });
  }
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
        allowWebhookOrigins: [new URL(base).origin],
        // Webhooks go to this app only; loopback is how development reaches it.
        allowLoopback: !isProduction(),
      }),
  });
});

export { handle as GET, handle as POST };
