import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import type { MemberRole } from "@/db/schema/enums";
import { WORKSPACE_COOKIE, memberOfSession, withRole, type Member, type MemberCheck } from "./member-of-session";

export { WORKSPACE_COOKIE, type Member, type MemberCheck };

/**
 * The signed-in user in their current workspace (a cookie chooses among their memberships), or why
 * not. The session row and the membership are read from the database on every call, so a sign-out,
 * a revoked session or a changed role takes effect on the next request while the cookie lives on.
 */
export async function checkMember(allowed: readonly MemberRole[]): Promise<MemberCheck> {
  return withRole(await currentMembership(), allowed);
}

/**
 * The session and membership reads, once per request: the layout and the page both check, and
 * each asks for its own roles, so the cache sits below the role test. Outside a React request
 * (route handlers, tests) `cache` does not memoize and this simply runs.
 */
const currentMembership = cache(async (): Promise<MemberCheck> => {
  const session = await auth();
  const sessionId = (session as { sessionId?: unknown } | null)?.sessionId;
  return memberOfSession({ userId: session?.user?.id, sessionId }, (await cookies()).get(WORKSPACE_COOKIE)?.value);
});

/** For pages: anonymous users go to the login page, others without the role see a 403 page. */
export async function requireMember(allowed: readonly MemberRole[]): Promise<Member> {
  const check = await checkMember(allowed);
  if (check.ok) return check.member;
  if (check.reason === "anonymous") redirect("/login");
  redirect(`/forbidden?reason=${check.reason}`);
}
