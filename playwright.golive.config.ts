import { fakeProviderConfig } from "./e2e/fake-provider-config";

// A fresh install as a company would run it: `next start`, no demo data, the simulator off, the
// provider a contract-exact fake of our own on its own port. PostgreSQL when TEST_DATABASE_URL
// is set (CI), else a fresh embedded database.
const PORT = Number(process.env.E2E_GOLIVE_PORT ?? 3117);
const serverUrl = process.env.TEST_DATABASE_URL;
const databaseUrl = serverUrl ? Object.assign(new URL(serverUrl), { pathname: `/callboard_golive_${PORT}` }).toString() : "";

export default fakeProviderConfig({
  name: "golive",
  testDir: "./e2e/golive",
  port: PORT,
  apiKey: "sk_golive_e2e_key",
  webhookSecret: "whsec_Z29saXZlLWUyZS13ZWJob29rLXNlY3JldC0wMTIzNDU2Nzg5",
  authSecret: "golive-e2e-secret-not-for-production-0123456789",
  fresh: databaseUrl ? `node scripts/e2e-fresh-database.mjs ${databaseUrl}` : `rm -rf .data/golive-${PORT}`,
  viewport: { width: 1280, height: 800 },
  appEnv: { DATABASE_URL: databaseUrl, PGLITE_DIR: `.data/golive-${PORT}/pglite`, DEMO_SEED: "" },
});
