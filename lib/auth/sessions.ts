import { db, type DbOrTx } from "@/db";
import {
  findLiveSessionRole,
  findLiveSessionUser,
  insertSession,
  pruneEndedSessions,
  revokeSession,
  revokeUserSessions as revokeUserSessionRows,
} from "@/db/queries/sessions";
import { updatePasswordHash } from "@/db/queries/users";
import type { MemberRole } from "@/db/schema/enums";
import { hashPassword } from "./credentials";
import { hasRole } from "./roles";

/**
 * Session policy: a sign-in lasts at most 12 hours (a shift), and ends after 8 hours without a
 * request. Activity never extends the 12 hours, so a stolen cookie cannot be kept alive forever.
 */
export const SESSION_LIMITS = { lifetimeSeconds: 12 * 60 * 60, idleSeconds: 8 * 60 * 60 } as const;

/** Ended sessions are kept this long (who was signed in when), then pruned at that user's next sign-in. */
const KEEP_ENDED_MS = 30 * 24 * 60 * 60 * 1000;

export type RevokeReason = "sign_out" | "password_changed" | "disabled" | "role_changed" | "membership_removed" | "admin";

/** Called at sign-in, once the password matched: the id goes into the session cookie. */
export async function startSession({ userId, userAgent }: { userId: string; userAgent?: string | null }): Promise<string> {
  return db.transaction(async (tx) => {
    await pruneEndedSessions({ userId, before: new Date(Date.now() - KEEP_ENDED_MS) }, tx);
    return insertSession({ userId, userAgent: userAgent ?? null }, tx);
  });
}

/** The user a session cookie stands for, if its session is still live (and marks it used). */
export function liveSessionUser({ sessionId, userId }: { sessionId: string; userId: string }) {
  return findLiveSessionUser({ sessionId, userId, ...SESSION_LIMITS });
}

/** Whether a live stream opened by this session may go on: session live, role still allowed there. */
export async function sessionStillAllowed(
  { sessionId, userId, workspaceId }: { sessionId: string; userId: string; workspaceId: string },
  allowed: readonly MemberRole[],
): Promise<boolean> {
  const role = await findLiveSessionRole({ sessionId, userId, workspaceId, ...SESSION_LIMITS });
  return role !== null && hasRole(role, allowed);
}

export function endSession({ sessionId, reason = "sign_out" }: { sessionId: string; reason?: RevokeReason }, tx: DbOrTx = db) {
  return revokeSession({ sessionId, reason }, tx);
}

/**
 * Ends a person's sessions on their next request (their live streams within a minute). Call it
 * when a person is disabled or their password changes; pass `exceptSessionId` to keep the session
 * that made the change. Returns how many sessions ended.
 */
export function revokeUserSessions(
  { userId, exceptSessionId, reason = "admin" }: { userId: string; exceptSessionId?: string; reason?: RevokeReason },
  tx: DbOrTx = db,
): Promise<number> {
  return revokeUserSessionRows({ userId, exceptSessionId, reason }, tx);
}

/** A new password, and every other session of that person ends, in one transaction. */
export async function changePassword({ userId, password, keepSessionId }: { userId: string; password: string; keepSessionId?: string }) {
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await updatePasswordHash({ userId, passwordHash }, tx);
    await revokeUserSessionRows({ userId, exceptSessionId: keepSessionId, reason: "password_changed" }, tx);
  });
}
