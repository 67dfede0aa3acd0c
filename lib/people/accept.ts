import bcrypt from "bcryptjs";
import { db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { findInvitationByTokenHash, markInvitationUsed } from "@/db/queries/invitations";
import { findUserByEmail, insertUser, updatePasswordHash, upsertMembership } from "@/db/queries/users";
import type { Invitation } from "@/db/schema";
import { hashPassword } from "@/lib/auth/credentials";
import { passwordWeakness } from "@/lib/auth/password-strength";
import { hashOneTimeToken } from "./one-time-token";
import { endSessionsOf } from "./sessions";

/** What the link page shows before anyone types anything. */
export type LinkView =
  | { state: "invalid" | "used" | "expired" | "withdrawn" }
  | {
      state: "open";
      kind: Invitation["kind"];
      email: string;
      role: Invitation["role"];
      workspaceName: string;
      /** An invitation for an email that already has an account: they join with their password. */
      hasAccount: boolean;
    };

function stateOf(invitation: Invitation, now = new Date()): "used" | "expired" | "withdrawn" | "open" {
  if (invitation.usedAt) return "used";
  if (invitation.revokedAt) return "withdrawn";
  if (invitation.expiresAt <= now) return "expired";
  return "open";
}

export async function viewLink(token: string): Promise<LinkView> {
  const row = await findInvitationByTokenHash({ tokenHash: hashOneTimeToken(token) });
  if (!row) return { state: "invalid" };
  const state = stateOf(row.invitation);
  if (state !== "open") return { state };
  const { invitation } = row;
  const hasAccount = invitation.kind === "invite" && Boolean(await findUserByEmail({ email: invitation.email }));
  return {
    state: "open",
    kind: invitation.kind,
    email: invitation.email,
    role: invitation.role,
    workspaceName: row.workspaceName,
    hasAccount,
  };
}

export type AcceptResult = { ok: true; email: string } | { ok: false; field?: "password" | "name"; message: string };

const CLOSED: Record<string, string> = {
  used: "This link was already used. Ask your admin for a new one.",
  expired: "This link has expired. Ask your admin for a new one.",
  withdrawn: "This link was withdrawn. Ask your admin for a new one.",
};

/**
 * Uses the link once: under a row lock, so two tabs submitting together cannot both succeed.
 * New person: creates the account. Existing account: proves itself with its current password.
 * Password reset: sets the new password and ends the person's other sessions.
 */
export async function redeemLink(
  token: string,
  input: { name?: string; password: string; currentPassword?: string },
): Promise<AcceptResult> {
  const tokenHash = hashOneTimeToken(token);
  return db.transaction(async (tx) => {
    const row = await findInvitationByTokenHash({ tokenHash, forUpdate: true }, tx);
    if (!row) return { ok: false, message: "This link is not valid. Check that you copied all of it." } as const;
    const { invitation } = row;
    const state = stateOf(invitation);
    if (state !== "open") return { ok: false, message: CLOSED[state] } as const;

    const existing = await findUserByEmail({ email: invitation.email }, tx);
    let userId: string;
    if (invitation.kind === "invite" && existing) {
      const matches = await bcrypt.compare(input.currentPassword ?? "", existing.passwordHash);
      if (!matches) return { ok: false, field: "password", message: "That is not the password of this account" } as const;
      userId = existing.id;
    } else {
      const name = invitation.kind === "invite" ? input.name?.trim() : existing?.name;
      if (!name) return { ok: false, field: "name", message: "Enter your name" } as const;
      const weakness = passwordWeakness(input.password, [invitation.email, name, row.workspaceName]);
      if (weakness) return { ok: false, field: "password", message: weakness } as const;
      const passwordHash = await hashPassword(input.password);
      if (invitation.kind === "password_reset") {
        if (!invitation.userId) return { ok: false, message: "This link is not valid." } as const;
        userId = invitation.userId;
        await updatePasswordHash({ userId, passwordHash }, tx);
        await endSessionsOf({ userId, reason: "password_changed" }, tx);
      } else {
        userId = (await insertUser({ email: invitation.email, name, passwordHash }, tx)).id;
      }
    }
    if (invitation.kind === "invite")
      await upsertMembership({ userId, workspaceId: invitation.workspaceId, role: invitation.role ?? "dispatcher" }, tx);
    // Cannot miss under the row lock; if it ever does, throwing rolls the account back with it.
    if (!(await markInvitationUsed({ id: invitation.id }, tx))) throw new Error("one-time link used concurrently");
    await recordAudit(
      {
        workspaceId: invitation.workspaceId,
        actorId: userId,
        action: invitation.kind === "invite" ? "person.joined" : "person.password_reset",
        entityType: "user",
        entityId: userId,
        after: invitation.kind === "invite" ? { role: invitation.role, email: invitation.email } : null,
      },
      tx,
    );
    return { ok: true, email: invitation.email } as const;
  });
}
