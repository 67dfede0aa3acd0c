import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { findMembership, listMemberships } from "@/db/queries/users";
import type { MemberRole } from "@/db/schema/enums";
import type { Workspace } from "@/db/schema";
import { hasRole } from "./roles";
import { liveSessionUser } from "./sessions";

export const WORKSPACE_COOKIE = "cb_workspace";

export type Member = {
  user: { id: string; email: string; name: string };
  workspace: Workspace;
  role: MemberRole;
  /** The server-side session this request came with; live streams re-check it. */
  sessionId: string;
};

export type MemberCheck = { ok: true; member: Member } | { ok: false; reason: "anonymous" | "no_membership" | "forbidden" };

/**
 * The signed-in user in their current workspace (a cookie chooses among their memberships), or why
 * not. The session row and the membership are read from the database on every call, so a sign-out,
 * a revoked session or a changed role takes effect on the next request while the cookie lives on.
 */
export async function checkMember(allowed: readonly MemberRole[]): Promise<MemberCheck> {
  const current = await currentMembership();
  if (!current.ok) return current;
  if (!hasRole(current.member.role, allowed)) return { ok: false, reason: "forbidden" };
  return current;
}

/**
 * The session and membership reads, once per request: the layout and the page both check, and
 * each asks for its own roles, so the cache sits below the role test. Outside a React request
 * (route handlers, tests) `cache` does not memoize and this simply runs.
 */
const currentMembership = cache(async (): Promise<MemberCheck> => {
  const session = await auth();
  const userId = session?.user?.id;
  const sessionId = (session as { sessionId?: unknown } | null)?.sessionId;
  // A cookie from before server-side sessions (no id) counts as signed out.
  if (!userId || typeof sessionId !== "string") return { ok: false, reason: "anonymous" };
  const user = await liveSessionUser({ sessionId, userId });
  if (!user) return { ok: false, reason: "anonymous" };

  const chosen = (await cookies()).get(WORKSPACE_COOKIE)?.value;
  let row = chosen && /^[0-9a-f-]{36}$/.test(chosen) ? await findMembership({ userId, workspaceId: chosen }) : null;
  if (!row) [row] = await listMemberships({ userId });
  if (!row) return { ok: false, reason: "no_membership" };
  return { ok: true, member: { user, workspace: row.workspace, role: row.role, sessionId } };
});

/** For pages: anonymous users go to the login page, others without the role see a 403 page. */
export async function requireMember(allowed: readonly MemberRole[]): Promise<Member> {
  const check = await checkMember(allowed);
  if (check.ok) return check.member;
  if (check.reason === "anonymous") redirect("/login");
  redirect(`/forbidden?reason=${check.reason}`);
}
