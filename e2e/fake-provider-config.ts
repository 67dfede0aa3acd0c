import { defineConfig } from "@playwright/test";
import base from "../playwright.config";

/**
 * A production server (`next start`, the simulator off) talking to the project's contract-exact
 * fake provider (scripts/fake-provider.ts) on the next port: the shape shared by the go-live
 * journey and the provider-edge suite, which differ in their data and database.
 */
export function fakeProviderConfig(o: {
  name: string;
  testDir: string;
  port: number;
  apiKey: string;
  webhookSecret: string;
  authSecret: string;
  /** Shell command run before `next start`, e.g. a fresh database. */
  fresh: string;
  viewport: { width: number; height: number };
  appEnv: Record<string, string>;
  fakeEnv?: Record<string, string>;
}) {
  const fakePort = o.port + 1;
  const baseURL = `http://127.0.0.1:${o.port}`;
  return defineConfig({
    ...base,
    testDir: o.testDir,
    testIgnore: [],
    outputDir: `test-results/artifacts-${o.name}-${o.port}`,
    use: { ...base.use, baseURL },
    projects: [{ name: o.name, use: { viewport: o.viewport } }],
    webServer: [
      {
        command: "npx tsx scripts/fake-provider.ts",
        port: fakePort,
        reuseExistingServer: false,
        timeout: 30_000,
        env: {
          FAKE_PROVIDER_PORT: String(fakePort),
          FAKE_PROVIDER_API_KEY: o.apiKey,
          FAKE_PROVIDER_WEBHOOK_SECRET: o.webhookSecret,
          FAKE_PROVIDER_SPEED: "10",
          ...o.fakeEnv,
        },
      },
      {
        command: `${o.fresh} && npx next start -p ${o.port} -H 127.0.0.1`,
        url: `${baseURL}/api/health`,
        timeout: 120_000,
        reuseExistingServer: false,
        stdout: "pipe",
        stderr: "pipe",
        env: {
          NODE_ENV: "production",
          NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next",
          SIMULATOR: "",
          APP_URL: baseURL,
          AUTH_URL: baseURL,
          AUTH_SECRET: o.authSecret,
          AUTH_TRUST_HOST: "true",
          PROVIDER_API_URL: `http://127.0.0.1:${fakePort}/v1`,
          PROVIDER_API_KEY: o.apiKey,
          PROVIDER_WEBHOOK_SECRET: o.webhookSecret,
          ...o.appEnv,
        },
      },
    ],
  });
}
