import type { DbOrTx } from "@/db";

/**
 * Ends a person's sessions after a change to their access (role, disabled, new password). Until
 * sessions are stored server-side this is where that hook lives; membership is already read from
 * the database on every request, so a disabled member or a new role takes effect at once.
 */
export async function endSessionsOf(_target: { userId: string; exceptSessionId?: string }, _tx?: DbOrTx): Promise<void> {}
