import { claimDueJobs, claimJob, failJob, leaseSeconds, recordJobFailure, releaseJobs, renewLeases } from "@/db/queries/jobs";
import type { Job } from "@/db/schema";
import { log } from "@/lib/log/logger";
import { env } from "@/lib/env";
import { instanceId } from "./instance";
import { failureBackoffMs, isJobKind, jobPayloadSchemas, MAX_FAILURES, type JobKind, type JobPayload } from "./kinds";

/** A job as its handler sees it: the payload already checked against its kind's schema. */
export type TypedJob<K extends JobKind> = Omit<Job, "payload" | "kind"> & { kind: K; payload: JobPayload<K> };
export type JobHandler<K extends JobKind = JobKind> = (job: TypedJob<K>) => Promise<void>;

type WorkerState = {
  handlers: Map<string, JobHandler>;
  /** Jobs this process is running now, whose leases the heartbeat renews. */
  running: Map<number, Promise<void>>;
  timers: NodeJS.Timeout[];
  stopping: boolean;
  /** When the poll loop last looked for jobs: /api/ready checks the loop still ticks. */
  lastTick: number | null;
};

// On globalThis: Next bundles instrumentation and routes apart, and both must see one worker.
const globalForJobs = globalThis as unknown as { callboardJobs?: WorkerState };
const state = (globalForJobs.callboardJobs ??= { handlers: new Map(), running: new Map(), timers: [], stopping: false, lastTick: null });

/** Handlers complete, reschedule or fail their job themselves; a throw is counted and backed off. */
export function registerJobHandler<K extends JobKind>(kind: K, handler: JobHandler<K>) {
  state.handlers.set(kind, handler as unknown as JobHandler);
}

/** Checks the payload, then runs the handler while the heartbeat keeps the lease. */
async function execute(job: Job, given?: JobHandler) {
  const handler = given ?? state.handlers.get(job.kind);
  if (!handler || !isJobKind(job.kind)) {
    await failJob({ id: job.id, error: `no handler for job kind ${job.kind}` });
    return;
  }
  const parsed = jobPayloadSchemas[job.kind].safeParse(job.payload);
  if (!parsed.success) {
    await failJob({ id: job.id, error: `payload does not match ${job.kind}: ${parsed.error.issues[0]?.message}` });
    return;
  }
  try {
    await handler({ ...job, kind: job.kind, payload: parsed.data });
  } catch (error) {
    const failures = job.failures + 1;
    const dead = failures >= MAX_FAILURES;
    const message = error instanceof Error ? error.message : String(error);
    log.error(
      { err: error, kind: job.kind, jobId: job.id, failures, dead },
      dead ? "job threw; giving up" : "job threw; it runs again after a back-off",
    );
    await recordJobFailure({ id: job.id, error: message, dead, retryInMs: failureBackoffMs(failures) });
  }
}

function run(job: Job, given?: JobHandler): Promise<void> {
  const done = execute(job, given)
    .catch((error) => console.error(`[jobs] could not settle ${job.kind} #${job.id}; it is due again when its lease ends`, error))
    .finally(() => state.running.delete(job.id));
  state.running.set(job.id, done);
  return done;
}

/** Runs one job at once if nobody holds it (the place-call action uses this for fast feedback). */
export async function runJobNow<K extends JobKind>(id: number, handler: JobHandler<K>): Promise<boolean> {
  const job = await claimJob({ id, instanceId: instanceId() });
  if (!job) return false;
  await run(job, handler as unknown as JobHandler);
  return true;
}

/** Claims and runs due jobs until none are left (or the worker stops); returns how many ran. */
export async function drainDueJobs(limit = 10): Promise<number> {
  let total = 0;
  while (!state.stopping) {
    const batch = await claimDueJobs({ kinds: [...state.handlers.keys()], limit, instanceId: instanceId() });
    state.lastTick = Date.now();
    if (batch.length === 0) break;
    await Promise.all(batch.map((job) => run(job)));
    total += batch.length;
  }
  return total;
}

/**
 * The background loop's way of running jobs: up to `lanes` at once, a lane taken again as soon as
 * its job ends while more may be due. Unlike drainDueJobs' whole batches, one slow job (a send
 * waiting out the provider's timeout) never holds back the others, such as a campaign's scheduler.
 */
function laneFiller(lanes: number) {
  let filling = false;
  let again = false;
  let mayHaveMore = false;
  async function fill(): Promise<void> {
    if (filling) {
      again = true;
      return;
    }
    filling = true;
    try {
      do {
        again = false;
        while (!state.stopping) {
          const room = lanes - state.running.size;
          if (room <= 0) break;
          const batch = await claimDueJobs({ kinds: [...state.handlers.keys()], limit: room, instanceId: instanceId() });
          state.lastTick = Date.now();
          mayHaveMore = batch.length === room;
          for (const job of batch) void run(job).finally(onJobEnd);
          if (!mayHaveMore) break;
        }
      } while (again && !state.stopping);
    } finally {
      filling = false;
    }
  }
  // A lane freed while the last claim filled every lane: more may be due now, not at the next poll.
  function onJobEnd() {
    if (mayHaveMore && !state.stopping) void fill().catch((err) => log.error({ err }, "job poll failed"));
  }
  return fill;
}

async function heartbeat() {
  const ids = [...state.running.keys()];
  if (ids.length > 0) await renewLeases({ ids, instanceId: instanceId() });
}

export type WorkerOptions = { pollMs?: number };

/**
 * Starts polling for due jobs. First frees the jobs an earlier process of this instance held
 * when it died (they would otherwise wait out their lease), so a restart drains at once.
 */
export async function startJobWorker({ pollMs = env().JOB_POLL_MS }: WorkerOptions = {}) {
  if (state.timers.length > 0) return;
  state.stopping = false;
  const released = await releaseJobs({ instanceId: instanceId() });
  if (released > 0) log.info({ released, instance: instanceId() }, "released jobs this instance held before a restart");

  const fill = laneFiller(10);
  const poll = setInterval(() => {
    if (state.stopping) return;
    void fill().catch((err) => log.error({ err }, "job poll failed"));
  }, pollMs);
  const beat = setInterval(() => void heartbeat().catch((err) => log.error({ err }, "job heartbeat failed")), (leaseSeconds() * 1000) / 3);
  // Done jobs are pruned with the other diagnostics (lib/retention/job.ts).
  state.timers = [poll, beat];
  for (const t of state.timers) t.unref();
}

/**
 * Stops taking jobs, waits up to `graceMs` for the running ones, then hands back the rest so
 * another instance takes them at once instead of after their lease.
 */
export async function stopJobWorker({ graceMs = 8000 }: { graceMs?: number } = {}) {
  state.stopping = true;
  for (const t of state.timers) clearInterval(t);
  state.timers = [];
  const pending = [...state.running.values()];
  if (pending.length > 0) {
    await Promise.race([Promise.allSettled(pending), new Promise((resolve) => setTimeout(resolve, graceMs).unref())]);
  }
  const left = [...state.running.keys()];
  if (left.length > 0) await releaseJobs({ instanceId: instanceId(), ids: left });
  return { released: left.length };
}

/** For /api/ready: is the poll loop alive, and when did it last finish a round. */
export function workerStatus() {
  return { started: state.timers.length > 0, stopping: state.stopping, lastTick: state.lastTick, running: state.running.size };
}
