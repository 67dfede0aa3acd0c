import { route } from "@/lib/http/route";
import { metrics } from "@/lib/metrics/registry";
import { receiveWebhookRequest } from "./receive";

function resultOf(status: number, body: unknown): string {
  const result = (body as { result?: unknown }).result;
  if (typeof result === "string") return result;
  return status === 401 ? "bad_signature" : status === 400 ? "malformed" : status === 413 ? "too_large" : `http_${status}`;
}

/**
 * The provider's webhooks (CONTRACT.md §2), as a web handler: the Next route serves it, and so may
 * the plain live server (`npm run live`), so a busy deployment can acknowledge webhooks without
 * Next's request pipeline. The signature is checked on the raw body, read up to a cap.
 */
export const providerWebhookHandler = route("webhooks/provider", async (request) => {
  const stop = metrics().webhookAck.startTimer();
  const { status, body, headers } = await receiveWebhookRequest(request);
  metrics().webhooks.inc({ result: resultOf(status, body) });
  stop();
  return Response.json(body, { status, headers });
});
