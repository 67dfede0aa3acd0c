import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// The provider edge in the browser: `next start` with the demo data, the simulator off, and the
// project's fake provider (scripts/fake-provider.ts) on the next ports, answering by scenario number.
const PORT = Number(process.env.E2E_EDGE_PORT ?? 3127);
const FAKE_PORT = PORT + 1;
const BASE = `http://127.0.0.1:${PORT}`;
const API_KEY = "sk_edge_e2e_key";
const WEBHOOK_SECRET = "whsec_ZWRnZS1lMmUtd2ViaG9vay1zZWNyZXQtMDEyMzQ1Njc4OQ==";

export default defineConfig({
  ...base,
  testDir: "./e2e/provider-edge",
  testIgnore: [],
  outputDir: `test-results/artifacts-edge-${PORT}`,
  use: { ...base.use, baseURL: BASE },
  projects: [{ name: "provider-edge", use: { viewport: { width: 1280, height: 900 } } }],
  webServer: [
    {
      command: "npx tsx scripts/fake-provider.ts",
      port: FAKE_PORT,
      reuseExistingServer: false,
      timeout: 30_000,
      env: {
        FAKE_PROVIDER_PORT: String(FAKE_PORT),
        FAKE_PROVIDER_MEDIA_PORT: String(PORT + 2),
        FAKE_PROVIDER_API_KEY: API_KEY,
        FAKE_PROVIDER_WEBHOOK_SECRET: WEBHOOK_SECRET,
        FAKE_PROVIDER_SPEED: "10",
      },
    },
    {
      command: `rm -rf .data/edge-${PORT} && npx next start -p ${PORT} -H 127.0.0.1`,
      url: `${BASE}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        NODE_ENV: "production",
        DATABASE_URL: "",
        PGLITE_DIR: `.data/edge-${PORT}/pglite`,
        NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next",
        DEMO_SEED: "1",
        SIMULATOR: "",
        APP_URL: BASE,
        AUTH_URL: BASE,
        AUTH_SECRET: "edge-e2e-secret-not-for-production-0123456789",
        AUTH_TRUST_HOST: "true",
        PROVIDER_API_URL: `http://127.0.0.1:${FAKE_PORT}/v1`,
        PROVIDER_API_KEY: API_KEY,
        PROVIDER_WEBHOOK_SECRET: WEBHOOK_SECRET,
      },
    },
  ],
});
