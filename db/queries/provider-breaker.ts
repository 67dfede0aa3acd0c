import { sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { executeRows } from "@/db/raw";
import type { BreakerState } from "@/db/schema";

export type BreakerRow = { state: BreakerState; openedAt: Date | null; retryAt: Date | null; consecutiveFailures: number };
type Raw = { state: BreakerState; opened_at: string | Date | null; retry_at: string | Date | null; consecutive_failures: number };
const toDate = (v: string | Date | null) => (v === null ? null : new Date(v));
const toRow = (r: Raw): BreakerRow => ({
  state: r.state,
  openedAt: toDate(r.opened_at),
  retryAt: toDate(r.retry_at),
  consecutiveFailures: r.consecutive_failures,
});

export async function readBreaker(tx: DbOrTx = db): Promise<BreakerRow> {
  const [row] = await executeRows<Raw>(
    tx,
    sql`select state, opened_at, retry_at, consecutive_failures from provider_breaker where id = 'provider'`,
  );
  return row ? toRow(row) : { state: "closed", openedAt: null, retryAt: null, consecutiveFailures: 0 };
}

/**
 * May a request go to the provider now? `pass` while closed; `probe` when this caller took the one
 * probe of an open breaker whose wait is over (it holds it for `probeSeconds`); else `wait`.
 * One statement, so two instances never both take the probe.
 */
export async function passBreaker(
  { probeSeconds }: { probeSeconds: number },
  tx: DbOrTx = db,
): Promise<{ verdict: "pass" | "probe" | "wait"; breaker: BreakerRow }> {
  const [row] = await executeRows<Raw & { verdict: "pass" | "probe" | "wait" }>(
    tx,
    sql`with probe as (
          update provider_breaker set state = 'half_open', retry_at = now() + make_interval(secs => ${probeSeconds}), updated_at = now()
          where id = 'provider' and state <> 'closed' and retry_at <= now()
          returning 'probe' as verdict, state, opened_at, retry_at, consecutive_failures)
        select * from probe
        union all
        select case when state = 'closed' then 'pass' else 'wait' end, state, opened_at, retry_at, consecutive_failures
        from provider_breaker where id = 'provider' and not exists (select 1 from probe)`,
  );
  if (!row) return { verdict: "pass", breaker: { state: "closed", openedAt: null, retryAt: null, consecutiveFailures: 0 } };
  return { verdict: row.verdict, breaker: toRow(row) };
}

/**
 * A request that the provider did not answer: after `threshold` in a row (or a failed probe) the
 * breaker opens, and the next probe may go after `cooldownSeconds`.
 */
export async function recordProviderFailure(
  { threshold, cooldownSeconds }: { threshold: number; cooldownSeconds: number },
  tx: DbOrTx = db,
): Promise<BreakerRow> {
  const [row] = await executeRows<Raw>(
    tx,
    sql`insert into provider_breaker as b (id, consecutive_failures, state, opened_at, retry_at)
        values ('provider', 1, case when ${threshold} <= 1 then 'open'::breaker_state else 'closed'::breaker_state end,
                case when ${threshold} <= 1 then now() end, case when ${threshold} <= 1 then now() + make_interval(secs => ${cooldownSeconds}) end)
        on conflict (id) do update set
          consecutive_failures = b.consecutive_failures + 1,
          state = case when b.state <> 'closed' or b.consecutive_failures + 1 >= ${threshold} then 'open'::breaker_state else b.state end,
          opened_at = case when b.state <> 'closed' or b.consecutive_failures + 1 >= ${threshold} then coalesce(b.opened_at, now()) end,
          retry_at = case when b.state <> 'closed' or b.consecutive_failures + 1 >= ${threshold}
                          then now() + make_interval(secs => ${cooldownSeconds}) end,
          updated_at = now()
        returning state, opened_at, retry_at, consecutive_failures`,
  );
  return toRow(row);
}

/** The provider answered: the breaker closes. True when it was not closed before (an outage ended). */
export async function recordProviderSuccess(tx: DbOrTx = db): Promise<boolean> {
  const rows = await executeRows<{ was: BreakerState }>(
    tx,
    sql`update provider_breaker b set state = 'closed', consecutive_failures = 0, opened_at = null, retry_at = null, updated_at = now()
        from (select state as was from provider_breaker where id = 'provider' for update) old
        where b.id = 'provider' and (b.state <> 'closed' or b.consecutive_failures > 0)
        returning old.was`,
  );
  return rows.length > 0 && rows[0].was !== "closed";
}
