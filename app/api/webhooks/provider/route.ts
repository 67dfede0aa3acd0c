import { providerWebhookHandler } from "@/lib/webhooks/provider-webhook-handler";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The provider's webhooks (CONTRACT.md §2); the same handler the live server can serve. */
export const POST = providerWebhookHandler;
