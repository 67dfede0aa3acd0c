import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3107);
const BASE = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: "./e2e",
  // The fresh-install journey runs against its own server (playwright.golive.config.ts).
  testIgnore: ["**/golive/**", "**/provider-edge/**"],
  outputDir: `test-results/artifacts-${PORT}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json"]],
  use: {
    baseURL: BASE,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    { name: "chromium", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } }, dependencies: ["setup"] },
  ],
  webServer: {
    // A fresh embedded database every run: the server migrates and seeds it at start-up.
    command: `rm -rf .data/e2e-${PORT} && npx next start -p ${PORT} -H 127.0.0.1`,
    url: `${BASE}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PGLITE_DIR: `.data/e2e-${PORT}/pglite`,
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next",
      SIMULATOR_SPEED: process.env.SIMULATOR_SPEED ?? "20",
      DATABASE_URL: "",
      PROVIDER_API_URL: "",
      DEMO_SEED: "1",
      SIMULATOR: "on",
      // Two unanswered requests open the breaker in e2e/provider-outage.spec.ts; probes every 2 s.
      BREAKER_THRESHOLD: "2",
      BREAKER_COOLDOWN_SECONDS: "2",
      APP_URL: BASE,
      AUTH_URL: BASE,
      AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-only-secret-not-for-production-0123456789",
      AUTH_TRUST_HOST: "true",
    },
  },
});
