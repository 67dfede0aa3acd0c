import { metrics } from "@/lib/metrics/registry";
import { receiveWebhook } from "@/lib/webhooks/receive";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

function resultOf(status: number, body: unknown): string {
  const result = (body as { result?: unknown }).result;
  if (typeof result === "string") return result;
  return status === 401 ? "bad_signature" : status === 400 ? "malformed" : `http_${status}`;
}

/** The provider's webhooks (CONTRACT.md §2). The signature is checked on the raw body. */
export async function POST(request: Request) {
  const stop = metrics().webhookAck.startTimer();
  const raw = await request.text();
  const { status, body } = await receiveWebhook(request.headers, raw);
  metrics().webhooks.inc({ result: resultOf(status, body) });
  stop();
  return Response.json(body, { status });
}
