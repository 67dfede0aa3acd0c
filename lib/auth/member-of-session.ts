import { findMembership, listMemberships } from "@/db/queries/users";
import type { MemberRole } from "@/db/schema/enums";
import type { Workspace } from "@/db/schema";
import { hasRole } from "./roles";
import { liveSessionUser } from "./sessions";

/** The cookie that chooses among a person's workspaces. */
export const WORKSPACE_COOKIE = "cb_workspace";

export type Member = {
  user: { id: string; email: string; name: string };
  workspace: Workspace;
  role: MemberRole;
  /** The server-side session this request came with; live streams re-check it. */
  sessionId: string;
};

export type MemberCheck = { ok: true; member: Member } | { ok: false; reason: "anonymous" | "no_membership" | "forbidden" };

/** What a signed session cookie carries, once its signature is checked. */
export type CookieSession = { userId?: unknown; sessionId?: unknown };

/**
 * The person behind a session cookie in the workspace they chose, whoever read the cookie (Next's
 * request scope, or the plain live-stream server). The session row and the membership are read
 * from the database every time, so a sign-out or a removed membership counts at once.
 */
export async function memberOfSession(session: CookieSession | null, chosenWorkspace: string | undefined): Promise<MemberCheck> {
  const userId = session?.userId;
  const sessionId = session?.sessionId;
  // A cookie from before server-side sessions (no id) counts as signed out.
  if (typeof userId !== "string" || !userId || typeof sessionId !== "string") return { ok: false, reason: "anonymous" };
  const user = await liveSessionUser({ sessionId, userId });
  if (!user) return { ok: false, reason: "anonymous" };

  let row =
    chosenWorkspace && /^[0-9a-f-]{36}$/.test(chosenWorkspace) ? await findMembership({ userId, workspaceId: chosenWorkspace }) : null;
  if (!row) [row] = await listMemberships({ userId });
  if (!row) return { ok: false, reason: "no_membership" };
  return { ok: true, member: { user, workspace: row.workspace, role: row.role, sessionId } };
}

/** The member, if their role is among `allowed`. */
export function withRole(check: MemberCheck, allowed: readonly MemberRole[]): MemberCheck {
  if (check.ok && !hasRole(check.member.role, allowed)) return { ok: false, reason: "forbidden" };
  return check;
}
