import { handle } from "@/db";
import { migrate } from "@/db/migrate";
import { seedDemo } from "@/db/seed";
import { registerCallJobs } from "@/lib/calls/jobs";
import { markStuckCalls } from "@/lib/calls/reconcile";
import { assertPhoneZoneData } from "@/lib/compliance/phone-zones";
import { demoSeedWanted, env, providerConfig, setSimulatorCredentials, simulatorEnabled } from "@/lib/env";
import { startJobWorker } from "@/lib/jobs/worker";
import { shutdownHubs } from "@/lib/live/fanout-hub";
import { loadSimulatorCredentials } from "@/lib/provider/simulator-credentials";

/**
 * Runs once per server process before it takes requests: the embedded database can only be opened
 * by this process, so migrations and the demo seed run here rather than from separate scripts.
 * Configuration is checked first, so a bad value stops the start with the variable's name.
 */
export async function startServer() {
  const config = env();
  await assertPhoneZoneData();
  const h = handle();
  await migrate(h);
  if (demoSeedWanted(h.kind) && (await seedDemo(h.db))) console.log("[callboard] demo data seeded");
  if (simulatorEnabled()) setSimulatorCredentials(await loadSimulatorCredentials());
  providerConfig();
  registerCallJobs();
  if (config.JOB_WORKER === "1") {
    startJobWorker();
    const reconciler = setInterval(() => markStuckCalls().catch((e) => console.error("[reconcile] failed", e)), 60_000);
    reconciler.unref();
  }
  // Open event streams would keep the server from exiting; end them so clients reconnect.
  process.once("SIGTERM", shutdownHubs);
  process.once("SIGINT", shutdownHubs);
  console.log(
    `[callboard] ready (${h.kind}, ${simulatorEnabled() ? "provider simulator" : "provider " + new URL(providerConfig().baseUrl).host})`,
  );
}
