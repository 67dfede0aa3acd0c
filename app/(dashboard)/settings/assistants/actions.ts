"use server";

import { revalidatePath } from "next/cache";
import { memberAction } from "@/lib/actions/member-action";
import { saveAssistant, setAssistantActive } from "@/lib/assistants/administer";
import { can } from "@/lib/auth/roles";
import { assistantSchema, assistantTargetSchema } from "@/lib/validation/assistants";

const roles = can.manageSettings;

export const saveAssistantAction = memberAction({ name: "saveAssistant", roles, schema: assistantSchema }, async (values, member) => {
  const result = await saveAssistant({ userId: member.user.id, workspaceId: member.workspace.id }, values);
  revalidatePath("/settings", "layout");
  return result;
});

export const setAssistantActiveAction = memberAction(
  { name: "setAssistantActive", roles, schema: assistantTargetSchema },
  async (values, member) => {
    const result = await setAssistantActive({ userId: member.user.id, workspaceId: member.workspace.id }, values);
    revalidatePath("/settings", "layout");
    return result;
  },
);
