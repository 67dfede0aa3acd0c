import { db } from "@/db";
import { completeJob, enqueueJob, hasPendingJob } from "@/db/queries/jobs";
import { pruneRateLimits } from "@/db/queries/rate-limits";
import { pruneDiagnostics, type PruneCounts } from "@/db/queries/retention";
import { env } from "@/lib/env";
import { PRUNE_DIAGNOSTICS_JOB } from "@/lib/jobs/kinds";
import { registerJobHandler, type TypedJob } from "@/lib/jobs/worker";
import { log } from "@/lib/log/logger";

const EVERY_MS = 6 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** One pass: diagnostics older than the retention setting, rate-limit rows older than a day. */
export async function pruneNow(now = new Date()): Promise<PruneCounts & { rateLimits: number }> {
  const retentionDays = env().DIAGNOSTICS_RETENTION_DAYS;
  const counts = await pruneDiagnostics({ before: new Date(now.getTime() - retentionDays * DAY_MS) });
  const rateLimits = await pruneRateLimits({ before: new Date(now.getTime() - DAY_MS) });
  return { ...counts, rateLimits };
}

/** Prunes, then books the next run; both in one transaction so exactly one run stays queued. */
async function pruneJob(job: TypedJob<"prune_diagnostics">) {
  const counts = await pruneNow();
  await db.transaction(async (tx) => {
    await completeJob({ id: job.id }, tx);
    await enqueueJob({ kind: PRUNE_DIAGNOSTICS_JOB, payload: {}, runAt: new Date(Date.now() + EVERY_MS) }, tx);
  });
  log.info({ ...counts, retentionDays: env().DIAGNOSTICS_RETENTION_DAYS }, "pruned old diagnostics");
}

export function registerRetentionJob() {
  registerJobHandler(PRUNE_DIAGNOSTICS_JOB, pruneJob);
}

/** At start-up: the first run now, unless one is already queued (by this or another instance). */
export async function scheduleRetention() {
  if (await hasPendingJob({ kind: PRUNE_DIAGNOSTICS_JOB })) return;
  await enqueueJob({ kind: PRUNE_DIAGNOSTICS_JOB, payload: {} });
}
