import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// A fresh install as a company would run it: `next start`, no demo data, the simulator off, the
// provider a contract-exact fake of our own on its own port. PostgreSQL when TEST_DATABASE_URL
// is set (CI), else a fresh embedded database.
const PORT = Number(process.env.E2E_GOLIVE_PORT ?? 3117);
const FAKE_PORT = PORT + 1;
const BASE = `http://127.0.0.1:${PORT}`;
const API_KEY = "sk_golive_e2e_key";
const WEBHOOK_SECRET = "whsec_Z29saXZlLWUyZS13ZWJob29rLXNlY3JldC0wMTIzNDU2Nzg5";
const serverUrl = process.env.TEST_DATABASE_URL;
const databaseUrl = serverUrl ? Object.assign(new URL(serverUrl), { pathname: `/callboard_golive_${PORT}` }).toString() : "";
const fresh = databaseUrl ? `node scripts/e2e-fresh-database.mjs ${databaseUrl}` : `rm -rf .data/golive-${PORT}`;

export default defineConfig({
  ...base,
  testDir: "./e2e/golive",
  testIgnore: [],
  outputDir: `test-results/artifacts-golive-${PORT}`,
  use: { ...base.use, baseURL: BASE },
  projects: [{ name: "golive", use: { viewport: { width: 1280, height: 800 } } }],
  webServer: [
    {
      command: "npx tsx scripts/fake-provider.ts",
      port: FAKE_PORT,
      reuseExistingServer: false,
      timeout: 30_000,
      env: {
        FAKE_PROVIDER_PORT: String(FAKE_PORT),
        FAKE_PROVIDER_API_KEY: API_KEY,
        FAKE_PROVIDER_WEBHOOK_SECRET: WEBHOOK_SECRET,
        FAKE_PROVIDER_SPEED: "10",
      },
    },
    {
      command: `${fresh} && npx next start -p ${PORT} -H 127.0.0.1`,
      url: `${BASE}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        NODE_ENV: "production",
        DATABASE_URL: databaseUrl,
        PGLITE_DIR: `.data/golive-${PORT}/pglite`,
        NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next",
        DEMO_SEED: "",
        SIMULATOR: "",
        APP_URL: BASE,
        AUTH_URL: BASE,
        AUTH_SECRET: "golive-e2e-secret-not-for-production-0123456789",
        AUTH_TRUST_HOST: "true",
        PROVIDER_API_URL: `http://127.0.0.1:${FAKE_PORT}/v1`,
        PROVIDER_API_KEY: API_KEY,
        PROVIDER_WEBHOOK_SECRET: WEBHOOK_SECRET,
      },
    },
  ],
});
