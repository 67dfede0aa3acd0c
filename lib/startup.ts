import { handle } from "@/db";
import { assertPhoneZoneData } from "@/lib/compliance/phone-zones";
import { migrate } from "@/db/migrate";
import { seedDemo } from "@/db/seed";
import { registerCallJobs } from "@/lib/calls/jobs";
import { startJobWorker } from "@/lib/jobs/worker";
import { markStuckCalls } from "@/lib/calls/reconcile";
import { shutdownHubs } from "@/lib/live/fanout-hub";

/**
 * Runs once per server process before it takes requests: the embedded database can only be opened
 * by this process, so migrations and the demo seed run here rather than from separate scripts.
 */
export async function startServer() {
  await assertPhoneZoneData();
  const h = handle();
  await migrate(h);
  const seedWanted = process.env.DEMO_SEED ? process.env.DEMO_SEED === "1" : h.kind === "pglite";
  if (seedWanted && (await seedDemo(h.db))) console.log("[callboard] demo data seeded");
  registerCallJobs();
  if (process.env.JOB_WORKER !== "0") {
    startJobWorker();
    const reconciler = setInterval(() => markStuckCalls().catch((e) => console.error("[reconcile] failed", e)), 60_000);
    reconciler.unref();
  }
  // Open event streams would keep the server from exiting; end them so clients reconnect.
  process.once("SIGTERM", shutdownHubs);
  process.once("SIGINT", shutdownHubs);
  console.log(`[callboard] ready (${h.kind}${process.env.PROVIDER_API_URL ? "" : ", provider simulator"})`);
}
