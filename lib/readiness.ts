import { sql } from "drizzle-orm";
import { db } from "@/db";
import { pendingMigrations } from "@/db/migrate";
import { readBreaker } from "@/db/queries/provider-breaker";
import { env } from "@/lib/env";
import { workerStatus } from "@/lib/jobs/worker";
import { callHub } from "@/lib/live/hub";

type Check = { ok: boolean; detail?: string };
export type Readiness = { ready: boolean; checks: Record<string, Check>; breaker: string | null };

/** How stale the worker's last look for jobs may be before the instance is not ready. */
const WORKER_STALE_MS = 30_000;

async function check(run: () => Promise<Check>): Promise<Check> {
  try {
    return await run();
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * May this instance take traffic: the database answers, every migration is applied, the LISTEN
 * connection behind the live streams is up, and the job worker is looking for jobs (and not
 * stopping). The provider's breaker is reported, not judged: an outage is not this instance's fault.
 */
export async function readiness(): Promise<Readiness> {
  const database = await check(async () => (await db.execute(sql`select 1`), { ok: true }));
  const migrations = await check(async () => {
    const pending = await pendingMigrations();
    return pending.length ? { ok: false, detail: `pending: ${pending.join(", ")}` } : { ok: true };
  });
  const listen = await check(async () => (await callHub().ensureListening(), { ok: true }));
  const worker = await check(async () => {
    if (env().JOB_WORKER === "0") return { ok: true, detail: "off (JOB_WORKER=0)" };
    const w = workerStatus();
    if (w.stopping) return { ok: false, detail: "stopping" };
    if (!w.started) return { ok: false, detail: "not started" };
    const age = w.lastTick === null ? null : Date.now() - w.lastTick;
    if (age === null || age > WORKER_STALE_MS)
      return { ok: false, detail: age === null ? "no poll yet" : `last poll ${Math.round(age / 1000)} s ago` };
    return { ok: true, detail: `${w.running} running` };
  });
  const breaker = database.ok
    ? await readBreaker().then(
        (b) => b.state,
        () => null,
      )
    : null;
  const checks = { database, migrations, listen, worker };
  return { ready: Object.values(checks).every((c) => c.ok), checks, breaker };
}
