import { route } from "@/lib/http/route";
import { receiveWebhookRequest } from "@/lib/webhooks/receive";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The provider's webhooks (CONTRACT.md §2). The signature is checked on the raw body, read up to a cap. */
export const POST = route("webhooks/provider", async (request) => {
  const { status, body, headers } = await receiveWebhookRequest(request);
  return Response.json(body, { status, headers });
});
