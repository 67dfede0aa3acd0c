import type { MemberRole } from "@/db/schema/enums";

const LABELS: Record<MemberRole, string> = { dispatcher: "Dispatcher", manager: "Manager", admin: "Admin" };

/** What each role may do, in the words the people page shows beside the choice. */
export const ROLE_DESCRIPTIONS: Record<MemberRole, string> = {
  dispatcher: "Places calls, works missed calls and callbacks",
  manager: "Also reviews outcomes, sees reports and the attention list",
  admin: "Also manages people, assistants and settings",
};

export function roleLabel(role: MemberRole): string {
  return LABELS[role];
}
