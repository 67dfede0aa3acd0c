import { and, eq, isNull, lt, ne, or, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { executeRows } from "@/db/raw";
import { sessions } from "@/db/schema";
import type { MemberRole } from "@/db/schema/enums";

/** How long a session may live and stay unused; the caller's policy, passed in seconds. */
export type SessionLimits = { lifetimeSeconds: number; idleSeconds: number };

export async function insertSession({ userId, userAgent }: { userId: string; userAgent: string | null }, tx: DbOrTx = db) {
  const [row] = await tx
    .insert(sessions)
    .values({ userId, userAgent: userAgent?.slice(0, 300) ?? null })
    .returning({ id: sessions.id });
  return row.id;
}

/**
 * The user of a live session (not revoked, younger than its lifetime, used within the idle limit),
 * or null. Touches last_seen_at in the same statement, at most once a minute, so a busy tab does
 * not write on every request. The clock is the database's, one for every app process.
 */
export async function findLiveSessionUser(
  { sessionId, userId, lifetimeSeconds, idleSeconds }: { sessionId: string; userId: string } & SessionLimits,
  tx: DbOrTx = db,
) {
  const [row] = await executeRows<{ id: string; email: string; name: string }>(
    tx,
    sql`with live as (
          select s.id as session_id, s.last_seen_at, u.id, u.email, u.name
          from sessions s join users u on u.id = s.user_id
          where s.id = ${sessionId} and s.user_id = ${userId} and s.revoked_at is null
            and s.created_at > now() - make_interval(secs => ${lifetimeSeconds})
            and s.last_seen_at > now() - make_interval(secs => ${idleSeconds})
        ), touched as (
          update sessions set last_seen_at = now()
          where id = (select session_id from live where last_seen_at < now() - interval '1 minute')
        )
        select id, email, name from live`,
  );
  return row ?? null;
}

/**
 * The role a live session's user still holds in a workspace, or null: what an open live stream
 * re-checks. It does not touch last_seen_at: a tab left open is not a person at work.
 */
export async function findLiveSessionRole(
  {
    sessionId,
    userId,
    workspaceId,
    lifetimeSeconds,
    idleSeconds,
  }: { sessionId: string; userId: string; workspaceId: string } & SessionLimits,
  tx: DbOrTx = db,
) {
  const [row] = await executeRows<{ role: MemberRole }>(
    tx,
    sql`select m.role from sessions s
        join memberships m on m.user_id = s.user_id and m.workspace_id = ${workspaceId} and m.disabled_at is null
        where s.id = ${sessionId} and s.user_id = ${userId} and s.revoked_at is null
          and s.created_at > now() - make_interval(secs => ${lifetimeSeconds})
          and s.last_seen_at > now() - make_interval(secs => ${idleSeconds})`,
  );
  return row?.role ?? null;
}

export async function revokeSession({ sessionId, reason }: { sessionId: string; reason: string }, tx: DbOrTx = db) {
  await tx
    .update(sessions)
    .set({ revokedAt: sql`now()`, revokedReason: reason })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/** Ends every open session of a user, but the one named (the person changing their own password). */
export async function revokeUserSessions(
  { userId, exceptSessionId, reason }: { userId: string; exceptSessionId?: string; reason: string },
  tx: DbOrTx = db,
): Promise<number> {
  const rows = await tx
    .update(sessions)
    .set({ revokedAt: sql`now()`, revokedReason: reason })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), exceptSessionId ? ne(sessions.id, exceptSessionId) : undefined))
    .returning({ id: sessions.id });
  return rows.length;
}

/** A user's sessions that ended long ago are of no use; dropped as they sign in again. */
export async function pruneEndedSessions({ userId, before }: { userId: string; before: Date }, tx: DbOrTx = db) {
  await tx.delete(sessions).where(and(eq(sessions.userId, userId), or(lt(sessions.revokedAt, before), lt(sessions.lastSeenAt, before))));
}
