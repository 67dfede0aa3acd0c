import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { openTestDatabase } from "@/db/testing/test-database";
import { TEST_SIMULATOR_CREDENTIALS } from "@/db/testing/simulator-credentials";

let database: Awaited<ReturnType<typeof openTestDatabase>>;
before(async () => {
  database = await openTestDatabase();
});
after(() => database?.cleanup());

test("the simulator's credentials are made once per install, never the ones in the source", async () => {
  const { loadSimulatorCredentials } = await import("./simulator-credentials");
  const [first, second] = await Promise.all([loadSimulatorCredentials(), loadSimulatorCredentials()]);
  assert.deepEqual(first, second, "instances starting together read the same credentials");
  assert.match(first.apiKey, /^sk_sim_[A-Za-z0-9_-]{32}$/);
  assert.match(first.webhookSecret, /^whsec_[A-Za-z0-9+/]{43}=$/);
  assert.notEqual(first.apiKey, TEST_SIMULATOR_CREDENTIALS.apiKey);
  assert.notEqual(first.webhookSecret, TEST_SIMULATOR_CREDENTIALS.webhookSecret);
  assert.deepEqual(await loadSimulatorCredentials(), first, "and keep them across restarts");
});
