"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { memberAction } from "@/lib/actions/member-action";
import { WORKSPACE_COOKIE } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { createWorkspace, saveWorkspaceProfile } from "@/lib/workspaces/administer";
import { createWorkspaceSchema, workspaceSettingsSchema } from "@/lib/validation/workspace";

const roles = can.manageSettings;

export const saveWorkspaceAction = memberAction(
  { name: "saveWorkspace", roles, schema: workspaceSettingsSchema },
  async (values, member) => {
    const result = await saveWorkspaceProfile({ userId: member.user.id, workspace: member.workspace }, values);
    revalidatePath("/", "layout");
    return result;
  },
);

/** Creates the workspace and opens it, so the admin can invite its people next. */
export const createWorkspaceAction = memberAction(
  { name: "createWorkspace", roles, schema: createWorkspaceSchema },
  async (values, member) => {
    const result = await createWorkspace({ userId: member.user.id, workspace: member.workspace }, values);
    if (result.ok) (await cookies()).set(WORKSPACE_COOKIE, result.data.id, { httpOnly: true, sameSite: "lax", path: "/" });
    revalidatePath("/", "layout");
    return result;
  },
);
