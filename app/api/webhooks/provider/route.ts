import { receiveWebhook } from "@/lib/webhooks/receive";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The provider's webhooks (CONTRACT.md §2). The signature is checked on the raw body. */
export async function POST(request: Request) {
  const raw = await request.text();
  const { status, body } = await receiveWebhook(request.headers, raw);
  return Response.json(body, { status });
}
