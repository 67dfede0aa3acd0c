"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { signOut } from "@/auth";
import { findMembership } from "@/db/queries/users";
import { memberAction } from "@/lib/actions/member-action";
import { fail, ok } from "@/lib/actions/result";
import { WORKSPACE_COOKIE } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";

export const switchWorkspaceAction = memberAction(
  { name: "switchWorkspace", roles: can.viewCalls, schema: z.object({ workspaceId: z.uuid() }) },
  async ({ workspaceId }, member) => {
    const membership = await findMembership({ userId: member.user.id, workspaceId });
    if (!membership) return fail("You are not a member of that workspace.");
    (await cookies()).set(WORKSPACE_COOKIE, workspaceId, { httpOnly: true, sameSite: "lax", path: "/" });
    return ok({ workspaceId });
  },
);

export async function signOutAction() {
  await signOut({ redirectTo: "/login" });
}
