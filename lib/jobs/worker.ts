import { claimDueJobs, claimJob, failJob } from "@/db/queries/jobs";
import type { Job } from "@/db/schema";
import { log } from "@/lib/log/logger";

export type JobHandler = (job: Job) => Promise<void>;

// On globalThis: Next bundles instrumentation and routes apart, and both must see one registry.
const globalForJobs = globalThis as unknown as { callboardJobHandlers?: Map<string, JobHandler> };
const handlers = (globalForJobs.callboardJobHandlers ??= new Map<string, JobHandler>());

/** Handlers complete, reschedule or fail their job themselves; a throw is retried after the lease. */
export function registerJobHandler(kind: string, handler: JobHandler) {
  handlers.set(kind, handler);
}

async function run(job: Job, given?: JobHandler) {
  const handler = given ?? handlers.get(job.kind);
  if (!handler) {
    await failJob({ id: job.id, error: `no handler for job kind ${job.kind}` });
    return;
  }
  try {
    await handler(job);
  } catch (error) {
    log.error({ err: error, kind: job.kind, jobId: job.id }, "job threw; it runs again when its lease ends");
  }
}

/** Runs one job at once if nobody holds it (the place-call action uses this for fast feedback). */
export async function runJobNow(id: number, handler: JobHandler): Promise<boolean> {
  const job = await claimJob({ id });
  if (!job) return false;
  await run(job, handler);
  return true;
}

/** Claims and runs due jobs until none are left; returns how many ran. */
export async function drainDueJobs(limit = 10): Promise<number> {
  let total = 0;
  for (;;) {
    const batch = await claimDueJobs({ kinds: [...handlers.keys()], limit });
    if (batch.length === 0) return total;
    await Promise.all(batch.map((job) => run(job)));
    total += batch.length;
  }
}

const globalForWorker = globalThis as unknown as { callboardWorker?: NodeJS.Timeout };

export function startJobWorker(intervalMs = 1000) {
  if (globalForWorker.callboardWorker) return;
  let busy = false;
  globalForWorker.callboardWorker = setInterval(() => {
    if (busy) return;
    busy = true;
    drainDueJobs()
      .catch((err) => log.error({ err }, "job poll failed"))
      .finally(() => {
        busy = false;
      });
  }, intervalMs);
  globalForWorker.callboardWorker.unref();
}
