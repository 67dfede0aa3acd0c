import { handle } from "@/db";
import { migrate } from "@/db/migrate";
import { seedDemo } from "@/db/seed";
import { registerCallJobs } from "@/lib/calls/jobs";
import { registerLeadJobs } from "@/lib/leads/jobs";
import { registerCampaignJobs } from "@/lib/campaigns/jobs";
import { markStuckCalls, RECONCILE_EVERY_MS } from "@/lib/calls/reconcile";
import { assertPhoneZoneData } from "@/lib/compliance/phone-zones";
import { demoSeedWanted, env, providerConfig, setSimulatorCredentials, simulatorEnabled } from "@/lib/env";
import { instanceId } from "@/lib/jobs/instance";
import { startJobWorker } from "@/lib/jobs/worker";
import { captureConsole } from "@/lib/log/capture-console";
import { log } from "@/lib/log/logger";
import { loadSimulatorCredentials } from "@/lib/provider/simulator-credentials";
import { registerRetentionJob, scheduleRetention } from "@/lib/retention/job";
import { installGracefulShutdown } from "@/lib/shutdown";

/**
 * Runs once per server process before it takes requests: the embedded database can only be opened
 * by this process, so migrations and the demo seed run here rather than from separate scripts.
 * Configuration is checked first, so a bad value stops the start with the variable's name. Any
 * throw here stops the process (instrumentation.ts) instead of leaving it answering 500.
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
  registerLeadJobs();
  registerCampaignJobs();
  registerRetentionJob();
  await scheduleRetention();
  if (config.JOB_WORKER === "1") {
    await startJobWorker();
    const reconciler = setInterval(() => markStuckCalls().catch((err) => log.error({ err }, "reconcile failed")), RECONCILE_EVERY_MS);
    reconciler.unref();
  }
  installGracefulShutdown();
  log.info(
    { database: h.kind, provider: simulatorEnabled() ? "simulator" : new URL(providerConfig().baseUrl).host, instance: instanceId() },
    "ready",
  );
}
