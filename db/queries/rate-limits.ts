import { and, eq, gt, lt, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { rateLimitBuckets, signInAudit, signInFailures, type SignInOutcome } from "@/db/schema";
import { executeRows } from "@/db/raw";

export type RateLimitHit = { allowed: boolean; hits: number; retryAfterSeconds: number };

/**
 * Counts one hit on `key` in a fixed window, atomically (one statement, so concurrent instances
 * agree). The hit past the limit is refused, and so is every later one until the window ends.
 */
export async function hitRateLimit(
  { key, limit, windowSeconds }: { key: string; limit: number; windowSeconds: number },
  tx: DbOrTx = db,
): Promise<RateLimitHit> {
  const expired = sql`rate_limit_buckets.window_start <= now() - make_interval(secs => ${windowSeconds})`;
  const [row] = await executeRows<{ hits: number; retry_after: number }>(
    tx,
    sql`insert into rate_limit_buckets (key, window_start, hits) values (${key}, now(), 1)
        on conflict (key) do update set
          hits = case when ${expired} then 1 else rate_limit_buckets.hits + 1 end,
          window_start = case when ${expired} then now() else rate_limit_buckets.window_start end
        returning hits,
          -- now() is when this transaction began: one that waited on a concurrent first hit may
          -- have begun before that window did, so the wait is capped at the window's length.
          least(${windowSeconds}, greatest(1, ceil(extract(epoch from (window_start + make_interval(secs => ${windowSeconds}) - now())))))::int as retry_after`,
  );
  const hits = Number(row.hits);
  return { allowed: hits <= limit, hits, retryAfterSeconds: Number(row.retry_after) };
}

/** When the account may try again, if it is in a backoff now. */
export async function findSignInBlock({ accountKey }: { accountKey: string }, tx: DbOrTx = db): Promise<Date | null> {
  const [row] = await tx
    .select({ blockedUntil: signInFailures.blockedUntil })
    .from(signInFailures)
    .where(and(eq(signInFailures.accountKey, accountKey), gt(signInFailures.blockedUntil, sql`now()`)));
  return row?.blockedUntil ?? null;
}

/**
 * One more failure for the account. From the `freeFailures`-th on, each failure blocks it for
 * twice as long as the last (from `baseSeconds`, at most `maxSeconds`); an hour without failures
 * starts the count again.
 */
export async function recordSignInFailure(
  {
    accountKey,
    freeFailures,
    baseSeconds,
    maxSeconds,
  }: { accountKey: string; freeFailures: number; baseSeconds: number; maxSeconds: number },
  tx: DbOrTx = db,
): Promise<{ failures: number; blockedUntil: Date | null }> {
  const failures = sql`case when sign_in_failures.last_failure_at < now() - interval '1 hour' then 1 else sign_in_failures.failures + 1 end`;
  const [row] = await executeRows<{ failures: number; blocked_until: string | Date | null }>(
    tx,
    sql`insert into sign_in_failures (account_key, failures, last_failure_at, blocked_until)
        values (${accountKey}, 1, now(), case when 1 >= ${freeFailures} then now() + make_interval(secs => ${baseSeconds}) end)
        on conflict (account_key) do update set
          failures = ${failures},
          last_failure_at = now(),
          blocked_until = case when ${failures} >= ${freeFailures}
            then now() + make_interval(secs => least(${maxSeconds}, ${baseSeconds} * power(2, ${failures} - ${freeFailures}))::int)
          end
        returning failures, blocked_until`,
  );
  return { failures: Number(row.failures), blockedUntil: row.blocked_until ? new Date(row.blocked_until) : null };
}

export async function clearSignInFailures({ accountKey }: { accountKey: string }, tx: DbOrTx = db) {
  await tx.delete(signInFailures).where(eq(signInFailures.accountKey, accountKey));
}

export async function recordSignInAudit(
  values: { email: string; userId: string | null; address: string; outcome: SignInOutcome },
  tx: DbOrTx = db,
) {
  await tx.insert(signInAudit).values(values);
}

export async function listSignInAudit({ email }: { email: string }, tx: DbOrTx = db) {
  return tx.select().from(signInAudit).where(eq(signInAudit.email, email)).orderBy(signInAudit.id);
}

/** Windows and backoffs long over carry no information. */
export async function pruneRateLimits({ before }: { before: Date }, tx: DbOrTx = db): Promise<number> {
  const buckets = await tx
    .delete(rateLimitBuckets)
    .where(lt(rateLimitBuckets.windowStart, before))
    .returning({ key: rateLimitBuckets.key });
  const failures = await tx
    .delete(signInFailures)
    .where(lt(signInFailures.lastFailureAt, before))
    .returning({ key: signInFailures.accountKey });
  return buckets.length + failures.length;
}
