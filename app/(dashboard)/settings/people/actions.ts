"use server";

import { revalidatePath } from "next/cache";
import { memberAction } from "@/lib/actions/member-action";
import { can } from "@/lib/auth/roles";
import type { Member } from "@/lib/auth/session";
import {
  changeRole,
  invitePerson,
  passwordResetLink,
  removeMember,
  setEnabled,
  withdrawInvitation,
  type Admin,
} from "@/lib/people/administer";
import { inviteSchema, memberTargetSchema, revokeInvitationSchema, setRoleSchema } from "@/lib/validation/people";
import { z } from "zod";

const roles = can.manageSettings;
const adminOf = (member: Member): Admin => ({ userId: member.user.id, workspaceId: member.workspace.id });

function done<T>(result: T): T {
  revalidatePath("/settings/people");
  return result;
}

/** The link is in this answer and nowhere else: only its hash is stored. */
export const inviteAction = memberAction({ name: "invitePerson", roles, schema: inviteSchema }, async (values, member) =>
  done(await invitePerson(adminOf(member), values)),
);

export const passwordResetLinkAction = memberAction(
  { name: "passwordResetLink", roles, schema: memberTargetSchema },
  async (values, member) => done(await passwordResetLink(adminOf(member), values)),
);

export const setRoleAction = memberAction({ name: "setRole", roles, schema: setRoleSchema }, async (values, member) =>
  done(await changeRole(adminOf(member), values)),
);

export const setEnabledAction = memberAction(
  { name: "setEnabled", roles, schema: memberTargetSchema.extend({ enabled: z.boolean() }) },
  async (values, member) => done(await setEnabled(adminOf(member), values)),
);

export const removeMemberAction = memberAction({ name: "removeMember", roles, schema: memberTargetSchema }, async (values, member) =>
  done(await removeMember(adminOf(member), values)),
);

export const withdrawInvitationAction = memberAction(
  { name: "withdrawInvitation", roles, schema: revokeInvitationSchema },
  async (values, member) => done(await withdrawInvitation(adminOf(member), values)),
);
