import { handle } from "@/db";
import { migrate } from "@/db/migrate";
import { seedDemo } from "@/db/seed";
import { registerCallJobs } from "@/lib/calls/jobs";
import { markStuckCalls } from "@/lib/calls/reconcile";
import { assertPhoneZoneData } from "@/lib/compliance/phone-zones";
import { demoSeedWanted, env, providerConfig, setSimulatorCredentials, simulatorEnabled } from "@/lib/env";
import { startJobWorker } from "@/lib/jobs/worker";
import { shutdownHubs } from "@/lib/live/fanout-hub";
import { captureConsole } from "@/lib/log/capture-console";
import { log } from "@/lib/log/logger";
import { loadSimulatorCredentials } from "@/lib/provider/simulator-credentials";
import { registerRetentionJob, scheduleRetention } from "@/lib/retention/job";

/**
 * Runs once per server process before it takes requests: the embedded database can only be opened
 * by this process, so migrations and the demo seed run here rather than from separate scripts.
 * Configuration is checked first, so a bad value stops the start with the variable's name.
 */
export async function startServer() {
  captureConsole();
  const config = env();
  await assertPhoneZoneData();
  const h = handle();
  await migrate(h);
  if (demoSeedWanted(h.kind) && (await seedDemo(h.db))) log.info("demo data seeded");
  if (simulatorEnabled()) setSimulatorCredentials(await loadSimulatorCredentials());
  providerConfig();
  registerCallJobs();
  registerRetentionJob();
  await scheduleRetention();
  if (config.JOB_WORKER === "1") {
    startJobWorker();
    const reconciler = setInterval(() => markStuckCalls().catch((err) => log.error({ err }, "reconcile failed")), 60_000);
    reconciler.unref();
  }
  // Open event streams would keep the server from exiting; end them so clients reconnect.
  process.once("SIGTERM", shutdownHubs);
  process.once("SIGINT", shutdownHubs);
  log.info({ database: h.kind, provider: simulatorEnabled() ? "simulator" : new URL(providerConfig().baseUrl).host }, "ready");
}
