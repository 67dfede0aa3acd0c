import { db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { insertInvitation, revokeInvitation } from "@/db/queries/invitations";
import { countActiveAdmins, deleteMember, findMember, listMembers, updateMember } from "@/db/queries/users";
import type { MemberRole } from "@/db/schema/enums";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { appUrl } from "@/lib/env";
import { LINK_LIFETIME_MS, mintOneTimeToken } from "./one-time-token";
import { endSessionsOf } from "./sessions";

/** Who is acting, in which workspace: the admin's member record, reduced to what this module needs. */
export type Admin = { userId: string; workspaceId: string };

export type OneTimeLink = { url: string; email: string; expiresAt: string };

async function mintLink(
  admin: Admin,
  values: { kind: "invite" | "password_reset"; email: string; role: MemberRole | null; userId: string | null },
): Promise<OneTimeLink> {
  const { token, tokenHash } = mintOneTimeToken();
  const expiresAt = new Date(Date.now() + LINK_LIFETIME_MS);
  await db.transaction(async (tx) => {
    const row = await insertInvitation({ workspaceId: admin.workspaceId, ...values, tokenHash, createdBy: admin.userId, expiresAt }, tx);
    await recordAudit(
      {
        workspaceId: admin.workspaceId,
        actorId: admin.userId,
        action: values.kind === "invite" ? "person.invited" : "person.password_reset_link",
        entityType: values.userId ? "user" : "invitation",
        entityId: values.userId ?? row.id,
        after: { email: values.email, role: values.role, expiresAt: expiresAt.toISOString() },
      },
      tx,
    );
  });
  return { url: `${appUrl()}/invite/${token}`, email: values.email, expiresAt: expiresAt.toISOString() };
}

export async function invitePerson(admin: Admin, { email, role }: { email: string; role: MemberRole }): Promise<ActionResult<OneTimeLink>> {
  const members = await listMembers({ workspaceId: admin.workspaceId });
  const existing = members.find((m) => m.email === email);
  if (existing && !existing.disabledAt) return fail("Check the highlighted fields.", { email: `${existing.name} is already a member` });
  if (existing)
    return fail("Check the highlighted fields.", { email: `${existing.name} is disabled here: enable them in the list instead` });
  return ok(await mintLink(admin, { kind: "invite", email, role, userId: null }));
}

export async function passwordResetLink(admin: Admin, { userId }: { userId: string }): Promise<ActionResult<OneTimeLink>> {
  const member = await findMember({ workspaceId: admin.workspaceId, userId });
  if (!member) return fail("That person is not a member of this workspace.");
  return ok(await mintLink(admin, { kind: "password_reset", email: member.email, role: null, userId }));
}

/** The last admin who can sign in may be neither demoted nor disabled: the workspace would be unmanageable. */
async function keepsAnAdmin(admin: Admin, target: { role: MemberRole; disabledAt: Date | null }) {
  if (target.role !== "admin" || target.disabledAt) return true;
  return (await countActiveAdmins({ workspaceId: admin.workspaceId })) > 1;
}

export async function changeRole(
  admin: Admin,
  { userId, role }: { userId: string; role: MemberRole },
): Promise<ActionResult<{ role: MemberRole }>> {
  const member = await findMember({ workspaceId: admin.workspaceId, userId });
  if (!member) return fail("That person is not a member of this workspace.");
  if (member.role === role) return ok({ role });
  if (role !== "admin" && !(await keepsAnAdmin(admin, member))) return fail("Make someone else an admin first: a workspace needs one.");
  await db.transaction(async (tx) => {
    await updateMember({ workspaceId: admin.workspaceId, userId, values: { role } }, tx);
    await recordAudit(
      {
        workspaceId: admin.workspaceId,
        actorId: admin.userId,
        action: "person.role_changed",
        entityType: "user",
        entityId: userId,
        before: { role: member.role },
        after: { role },
      },
      tx,
    );
    await endSessionsOf({ userId, reason: "role_changed" }, tx);
  });
  return ok({ role });
}

export async function setEnabled(
  admin: Admin,
  { userId, enabled }: { userId: string; enabled: boolean },
): Promise<ActionResult<{ enabled: boolean }>> {
  if (userId === admin.userId && !enabled) return fail("You cannot disable yourself.");
  const member = await findMember({ workspaceId: admin.workspaceId, userId });
  if (!member) return fail("That person is not a member of this workspace.");
  if (!enabled && !(await keepsAnAdmin(admin, member))) return fail("Make someone else an admin first: a workspace needs one.");
  await db.transaction(async (tx) => {
    await updateMember({ workspaceId: admin.workspaceId, userId, values: { disabledAt: enabled ? null : new Date() } }, tx);
    await recordAudit(
      {
        workspaceId: admin.workspaceId,
        actorId: admin.userId,
        action: enabled ? "person.enabled" : "person.disabled",
        entityType: "user",
        entityId: userId,
        before: { disabled: Boolean(member.disabledAt) },
        after: { disabled: !enabled },
      },
      tx,
    );
    if (!enabled) await endSessionsOf({ userId, reason: "disabled" }, tx);
  });
  return ok({ enabled });
}

/**
 * Takes someone out of this workspace (they left the company). Their account, their other
 * workspaces and everything they did here stay; memberships are read on every request and every
 * 30 s by open live streams, so this workspace closes to them on their next click.
 */
export async function removeMember(admin: Admin, { userId }: { userId: string }): Promise<ActionResult<{ userId: string }>> {
  if (userId === admin.userId) return fail("You cannot remove yourself.");
  const member = await findMember({ workspaceId: admin.workspaceId, userId });
  // The acting admin stays, so the workspace keeps an admin.
  if (!member) return fail("That person is not a member of this workspace.");
  await db.transaction(async (tx) => {
    await deleteMember({ workspaceId: admin.workspaceId, userId }, tx);
    await recordAudit(
      {
        workspaceId: admin.workspaceId,
        actorId: admin.userId,
        action: "person.removed",
        entityType: "user",
        entityId: userId,
        before: { email: member.email, role: member.role, disabled: Boolean(member.disabledAt) },
      },
      tx,
    );
  });
  return ok({ userId });
}

export async function withdrawInvitation(admin: Admin, { id }: { id: string }): Promise<ActionResult<{ id: string }>> {
  const done = await db.transaction(async (tx) => {
    const row = await revokeInvitation({ workspaceId: admin.workspaceId, id }, tx);
    if (row) {
      await recordAudit(
        {
          workspaceId: admin.workspaceId,
          actorId: admin.userId,
          action: "invitation.revoked",
          entityType: "invitation",
          entityId: id,
          before: { email: row.email, kind: row.kind },
        },
        tx,
      );
    }
    return row;
  });
  return done ? ok({ id }) : fail("That link was already used, withdrawn or expired.");
}
