import { fakeProviderConfig } from "./e2e/fake-provider-config";

// The provider edge in the browser: `next start` with the demo data, the simulator off, and the
// project's fake provider on the next ports, answering by scenario number.
const PORT = Number(process.env.E2E_EDGE_PORT ?? 3127);

export default fakeProviderConfig({
  name: "provider-edge",
  testDir: "./e2e/provider-edge",
  port: PORT,
  apiKey: "sk_edge_e2e_key",
  webhookSecret: "whsec_ZWRnZS1lMmUtd2ViaG9vay1zZWNyZXQtMDEyMzQ1Njc4OQ==",
  authSecret: "edge-e2e-secret-not-for-production-0123456789",
  fresh: `rm -rf .data/edge-${PORT}`,
  viewport: { width: 1280, height: 900 },
  fakeEnv: { FAKE_PROVIDER_MEDIA_PORT: String(PORT + 2) },
  appEnv: { DATABASE_URL: "", PGLITE_DIR: `.data/edge-${PORT}/pglite`, DEMO_SEED: "1" },
});
