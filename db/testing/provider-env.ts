import { TEST_SIMULATOR_CREDENTIALS } from "@/db/testing/simulator-credentials";
import { resetEnvForTests } from "@/lib/env";
import { startSimulatorServer, type SimulatorServer } from "@/lib/provider/simulator/server";
import { openTestDatabase } from "./test-database";

/**
 * A fresh database and the provider simulator on a loopback port, with the environment pointing
 * the app's provider client at it over real HTTP. Call in `before`; `cleanup` in `after`.
 */
export async function startDatabaseAndSimulator(): Promise<{ sim: SimulatorServer; cleanup: () => Promise<void> }> {
  const database = await openTestDatabase();
  const sim = await startSimulatorServer({ apiKey: TEST_SIMULATOR_CREDENTIALS.apiKey });
  process.env.PROVIDER_API_URL = sim.url;
  process.env.PROVIDER_API_KEY = TEST_SIMULATOR_CREDENTIALS.apiKey;
  process.env.PROVIDER_WEBHOOK_SECRET = TEST_SIMULATOR_CREDENTIALS.webhookSecret;
  process.env.APP_URL = "http://127.0.0.1:9";
  process.env.PROVIDER_TIMEOUT_MS = "2000";
  resetEnvForTests();
  return {
    sim,
    cleanup: async () => {
      await sim.close();
      await database.cleanup();
    },
  };
}
