import { and, eq, isNull, lte, sql, inArray } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { jobs, type Job } from "@/db/schema";

/** How long a claimed job is hidden from other workers; if its worker dies it comes back after this. */
export const LEASE_SECONDS = 120;

export async function enqueueJob(
  { kind, payload, runAt }: { kind: string; payload: Record<string, unknown>; runAt?: Date },
  tx: DbOrTx = db,
): Promise<number> {
  const [row] = await tx
    .insert(jobs)
    .values({ kind, payload, runAt: runAt ?? new Date() })
    .returning({ id: jobs.id });
  return row.id;
}

/**
 * Claims due jobs by pushing their run_at past a lease. SKIP LOCKED lets several workers (or app
 * instances) claim side by side without ever taking the same row.
 */
export async function claimDueJobs({ kinds, limit }: { kinds: string[]; limit: number }, tx: DbOrTx = db): Promise<Job[]> {
  const due = tx
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(isNull(jobs.doneAt), lte(jobs.runAt, sql`now()`), inArray(jobs.kind, kinds)))
    .orderBy(jobs.runAt)
    .limit(limit)
    .for("update", { skipLocked: true });
  return tx
    .update(jobs)
    .set({ attempts: sql`${jobs.attempts} + 1`, runAt: sql`now() + make_interval(secs => ${LEASE_SECONDS})` })
    .where(inArray(jobs.id, due))
    .returning();
}

/** Claims one job now, whatever its run_at, unless it is done or another worker holds it. */
export async function claimJob({ id }: { id: number }, tx: DbOrTx = db): Promise<Job | null> {
  const free = tx
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.id, id), isNull(jobs.doneAt), lte(jobs.runAt, sql`now()`)))
    .for("update", { skipLocked: true });
  const [row] = await tx
    .update(jobs)
    .set({ attempts: sql`${jobs.attempts} + 1`, runAt: sql`now() + make_interval(secs => ${LEASE_SECONDS})` })
    .where(inArray(jobs.id, free))
    .returning();
  return row ?? null;
}

export async function completeJob({ id }: { id: number }, tx: DbOrTx = db) {
  await tx.update(jobs).set({ doneAt: new Date(), lastError: null }).where(eq(jobs.id, id));
}

export async function retryJobLater({ id, runAt, error }: { id: number; runAt: Date; error: string }, tx: DbOrTx = db) {
  await tx.update(jobs).set({ runAt, lastError: error }).where(eq(jobs.id, id));
}

export async function failJob({ id, error }: { id: number; error: string }, tx: DbOrTx = db) {
  await tx.update(jobs).set({ doneAt: new Date(), lastError: error }).where(eq(jobs.id, id));
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
