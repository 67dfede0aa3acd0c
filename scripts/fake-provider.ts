/**
 * The fake provider as its own process, for end-to-end runs against a production build:
 *   FAKE_PROVIDER_PORT=3208 FAKE_PROVIDER_API_KEY=sk_fake FAKE_PROVIDER_WEBHOOK_SECRET=whsec_... npx tsx scripts/fake-provider.ts
 * Point the app at it with PROVIDER_API_URL=http://127.0.0.1:3208/v1 and the same key and secret.
 * These FAKE_* variables are read here only, never by the app.
 */
import { startFakeProvider } from "../lib/provider/fake/server";

const port = Number(process.env.FAKE_PROVIDER_PORT ?? 3208);
const apiKey = process.env.FAKE_PROVIDER_API_KEY;
const webhookSecret = process.env.FAKE_PROVIDER_WEBHOOK_SECRET;
if (!apiKey || !webhookSecret?.startsWith("whsec_")) {
  console.error("fake provider: set FAKE_PROVIDER_API_KEY and FAKE_PROVIDER_WEBHOOK_SECRET (whsec_<base64>)");
  process.exit(2);
}

const fake = await startFakeProvider({
  apiKey,
  webhookSecret,
  port,
  mediaPort: process.env.FAKE_PROVIDER_MEDIA_PORT ? Number(process.env.FAKE_PROVIDER_MEDIA_PORT) : 0,
  speed: Number(process.env.FAKE_PROVIDER_SPEED ?? 1),
});
console.log(`fake provider: API ${fake.url}, media host ${fake.mediaOrigin}`);

const stop = () => {
  void fake.close().then(() => process.exit(0));
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
