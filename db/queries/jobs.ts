import { and, asc, desc, eq, inArray, isNotNull, isNull, lt, lte, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { executeRows } from "@/db/raw";
import { jobs, type Job } from "@/db/schema";
import { env } from "@/lib/env";
import { jobPayloadSchemas, type JobKind, type JobPayload } from "@/lib/jobs/kinds";

/**
 * How long a claimed job is hidden from other workers (JOB_LEASE_SECONDS, 15 s). Its worker renews
 * the lease while the job runs (a third of this apart), so a job comes back within this long
 * after its worker dies.
 */
export const leaseSeconds = () => env().JOB_LEASE_SECONDS;

const open = and(isNull(jobs.doneAt), isNull(jobs.deadAt));
const lease = () => sql`now() + make_interval(secs => ${leaseSeconds()})`;

export async function enqueueJob<K extends JobKind>(
  { kind, payload, runAt }: { kind: K; payload: JobPayload<K>; runAt?: Date },
  tx: DbOrTx = db,
): Promise<number> {
  const parsed = jobPayloadSchemas[kind].parse(payload) as Record<string, unknown>;
  const workspaceId = typeof parsed.workspaceId === "string" ? parsed.workspaceId : null;
  const [row] = await tx
    .insert(jobs)
    .values({ kind, workspaceId, payload: parsed, runAt: runAt ?? new Date() })
    .returning({ id: jobs.id });
  return row.id;
}

/**
 * Claims due jobs by pushing their run_at out by a lease. SKIP LOCKED lets several workers (or app
 * instances) claim side by side without ever taking the same row or waiting on each other.
 */
export async function claimDueJobs(
  { kinds, limit, instanceId }: { kinds: string[]; limit: number; instanceId: string },
  tx: DbOrTx = db,
): Promise<Job[]> {
  const due = tx
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(open, lte(jobs.runAt, sql`now()`), inArray(jobs.kind, kinds)))
    .orderBy(jobs.runAt, jobs.id)
    .limit(limit)
    .for("update", { skipLocked: true });
  return tx
    .update(jobs)
    .set({ attempts: sql`${jobs.attempts} + 1`, runAt: lease(), lockedBy: instanceId })
    .where(inArray(jobs.id, due))
    .returning();
}

/** Claims one job now, whatever its run_at, unless it is settled or another worker holds it. */
export async function claimJob({ id, instanceId }: { id: number; instanceId: string }, tx: DbOrTx = db): Promise<Job | null> {
  const free = tx
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.id, id), open, lte(jobs.runAt, sql`now()`)))
    .for("update", { skipLocked: true });
  const [row] = await tx
    .update(jobs)
    .set({ attempts: sql`${jobs.attempts} + 1`, runAt: lease(), lockedBy: instanceId })
    .where(inArray(jobs.id, free))
    .returning();
  return row ?? null;
}

/** The heartbeat: extends the leases this instance still holds. */
export async function renewLeases({ ids, instanceId }: { ids: number[]; instanceId: string }, tx: DbOrTx = db) {
  if (ids.length === 0) return 0;
  const rows = await tx
    .update(jobs)
    .set({ runAt: lease() })
    .where(and(inArray(jobs.id, ids), eq(jobs.lockedBy, instanceId), open))
    .returning({ id: jobs.id });
  return rows.length;
}

/**
 * Makes jobs held by this instance due now: at start-up (the jobs of a process that died under
 * this instance id) and at shutdown (jobs it will not finish). Others then take them at once.
 */
export async function releaseJobs({ instanceId, ids }: { instanceId: string; ids?: number[] }, tx: DbOrTx = db) {
  const rows = await tx
    .update(jobs)
    .set({ runAt: sql`now()`, lockedBy: null })
    .where(and(eq(jobs.lockedBy, instanceId), open, ids ? inArray(jobs.id, ids) : undefined))
    .returning({ id: jobs.id });
  return rows.length;
}

export async function completeJob({ id }: { id: number }, tx: DbOrTx = db) {
  await tx.update(jobs).set({ doneAt: new Date(), lastError: null, lockedBy: null }).where(eq(jobs.id, id));
}

export async function retryJobLater({ id, runAt, error }: { id: number; runAt: Date; error: string }, tx: DbOrTx = db) {
  await tx.update(jobs).set({ runAt, lastError: error, lockedBy: null }).where(eq(jobs.id, id));
}

/** A self-rescheduling job books its next run (a campaign's scheduler): no error, its lock released. */
export async function rescheduleJob({ id, runAt }: { id: number; runAt: Date }, tx: DbOrTx = db) {
  await tx.update(jobs).set({ runAt, lockedBy: null, lastError: null }).where(eq(jobs.id, id));
}

/** A canceled call's send job is done: nothing is left for a worker to claim. */
export async function completeSendJobsOf({ workspaceId, callId }: { workspaceId: string; callId: string }, tx: DbOrTx = db) {
  await executeRows(
    tx,
    sql`update jobs set done_at = now(), locked_by = null, last_error = 'call canceled'
        where kind = 'send_call' and done_at is null and dead_at is null 
          and payload->>'workspaceId' = ${workspaceId} and payload->>'callId' = ${callId}
        returning id`,
  );
}

/** Gives up on a job: it stays, dead, with its error, for an admin to look at or run again. */
export async function failJob({ id, error }: { id: number; error: string }, tx: DbOrTx = db) {
  await tx.update(jobs).set({ deadAt: new Date(), lastError: error, lockedBy: null }).where(eq(jobs.id, id));
}

/** A handler threw: count it, and either back off or, past the cap, give up. */
export async function recordJobFailure(
  { id, error, dead, retryInMs }: { id: number; error: string; dead: boolean; retryInMs: number },
  tx: DbOrTx = db,
) {
  await tx
    .update(jobs)
    .set({
      failures: sql`${jobs.failures} + 1`,
      lastError: error,
      lockedBy: null,
      deadAt: dead ? new Date() : null,
      runAt: new Date(Date.now() + retryInMs),
    })
    .where(eq(jobs.id, id));
}

export async function listDeadJobs({ workspaceId, limit = 50 }: { workspaceId: string; limit?: number }, tx: DbOrTx = db) {
  return tx
    .select()
    .from(jobs)
    .where(and(eq(jobs.workspaceId, workspaceId), isNotNull(jobs.deadAt)))
    .orderBy(desc(jobs.deadAt))
    .limit(limit);
}

/** Brings a dead job back with a clean slate of failures; false when it is not dead (any more). */
export async function rerunDeadJob({ workspaceId, id }: { workspaceId: string; id: number }, tx: DbOrTx = db) {
  const rows = await tx
    .update(jobs)
    .set({ deadAt: null, failures: 0, runAt: sql`now()`, lockedBy: null })
    .where(and(eq(jobs.workspaceId, workspaceId), eq(jobs.id, id), isNotNull(jobs.deadAt)))
    .returning({ id: jobs.id });
  return rows.length > 0;
}

/** Deletes done jobs older than `before`, a bounded batch at a time so no delete runs long. */
export async function pruneDoneJobs({ before, limit = 1000 }: { before: Date; limit?: number }, tx: DbOrTx = db) {
  const old = tx
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(isNotNull(jobs.doneAt), lt(jobs.doneAt, before)))
    .orderBy(asc(jobs.doneAt))
    .limit(limit);
  const rows = await tx.delete(jobs).where(inArray(jobs.id, old)).returning({ id: jobs.id });
  return rows.length;
}

/** Queue depth for operators: due (waiting for a worker), running (leased), dead. Across workspaces. */
export async function jobCounts(tx: DbOrTx = db): Promise<{ due: number; running: number; dead: number }> {
  const [row] = await executeRows<{ due: number; running: number; dead: number }>(
    tx,
    sql`select count(*) filter (where done_at is null and dead_at is null and run_at <= now())::int as due,
               count(*) filter (where done_at is null and dead_at is null and locked_by is not null and run_at > now())::int as running,
               count(*) filter (where dead_at is not null)::int as dead
        from jobs where done_at is null`,
  );
  return row;
}

/**
 * After an outage: every send job of a call still waiting to go out becomes due now, in the
 * order the calls were placed (claims go by run_at, then id). Across workspaces: the provider is
 * shared, and so was the outage.
 */
export async function releaseHeldSends(tx: DbOrTx = db): Promise<number> {
  const rows = await executeRows<{ id: number }>(
    tx,
    sql`update jobs set run_at = now()
        where kind = 'send_call' and done_at is null and dead_at is null and locked_by is null and run_at > now()
          and (payload->>'callId')::uuid in (select id from calls where status = 'pending')
        returning id`,
  );
  return rows.length;
}

/**
 * Holds a send job while the breaker is not closed. FOR SHARE on the breaker's row orders this
 * against the probe that closes it: either the close (and its release of held jobs) sees this
 * hold, or this sees the breaker closed and holds nothing (false: send now).
 */
export async function holdSendForOutage({ id, runAt, error }: { id: number; runAt: Date; error: string }, tx: DbOrTx = db) {
  const rows = await executeRows<{ id: number }>(
    tx,
    sql`update jobs set run_at = ${runAt.toISOString()}::timestamptz, last_error = ${error}, locked_by = null
        where id = ${id}
          and exists (select 1 from provider_breaker where id = 'provider' and state <> 'closed' for share)
        returning id`,
  );
  return rows.length > 0;
}

/** The open job of a kind for one campaign, if any: resuming must not start a second scheduler. */
export async function hasOpenCampaignJob({ kind, campaignId }: { kind: string; campaignId: string }, tx: DbOrTx = db): Promise<boolean> {
  const [row] = await tx
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.kind, kind), isNull(jobs.doneAt), isNull(jobs.deadAt), sql`${jobs.payload}->>'campaignId' = ${campaignId}`))
    .limit(1);
  return Boolean(row);
}

/** Whether a job of this kind is waiting or running (a self-rescheduling job keeps exactly one). */
export async function hasPendingJob({ kind }: { kind: string }, tx: DbOrTx = db): Promise<boolean> {
  const [row] = await tx
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.kind, kind), isNull(jobs.doneAt)))
    .limit(1);
  return Boolean(row);
}
