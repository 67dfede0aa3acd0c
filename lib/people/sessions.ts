import type { DbOrTx } from "@/db";
import { revokeUserSessions, type RevokeReason } from "@/lib/auth/sessions";

/**
 * Ends a person's sessions after a change to their access (role, disabled, new password): their
 * next request finds the session gone and their open live streams end within 30 seconds.
 */
export async function endSessionsOf(
  target: { userId: string; exceptSessionId?: string; reason?: RevokeReason },
  tx?: DbOrTx,
): Promise<void> {
  await revokeUserSessions({ userId: target.userId, exceptSessionId: target.exceptSessionId, reason: target.reason ?? "admin" }, tx);
}
