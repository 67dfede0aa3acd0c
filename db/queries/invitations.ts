import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { invitations, workspaces } from "@/db/schema";
import type { MemberRole } from "@/db/schema/enums";

export async function insertInvitation(
  values: {
    workspaceId: string;
    kind: "invite" | "password_reset";
    email: string;
    role: MemberRole | null;
    userId: string | null;
    tokenHash: string;
    createdBy: string;
    expiresAt: Date;
  },
  tx: DbOrTx = db,
) {
  const [row] = await tx.insert(invitations).values(values).returning();
  return row;
}

/**
 * The token is the credential here (the person is not signed in), so this looks up by its hash
 * alone; the row names the workspace it belongs to. `forUpdate` holds it while it is being used.
 */
export async function findInvitationByTokenHash(
  { tokenHash, forUpdate = false }: { tokenHash: string; forUpdate?: boolean },
  tx: DbOrTx = db,
) {
  const query = tx
    .select({ invitation: invitations, workspaceName: workspaces.name })
    .from(invitations)
    .innerJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
    .where(eq(invitations.tokenHash, tokenHash))
    .limit(1);
  const [row] = forUpdate ? await query.for("update", { of: invitations }) : await query;
  return row ?? null;
}

export async function markInvitationUsed({ id }: { id: string }, tx: DbOrTx = db) {
  const rows = await tx
    .update(invitations)
    .set({ usedAt: new Date() })
    .where(and(eq(invitations.id, id), isNull(invitations.usedAt), isNull(invitations.revokedAt)))
    .returning({ id: invitations.id });
  return rows.length > 0;
}

/** Links still waiting to be used, newest first. */
export async function listOpenInvitations({ workspaceId, now = new Date() }: { workspaceId: string; now?: Date }, tx: DbOrTx = db) {
  return tx
    .select({
      id: invitations.id,
      kind: invitations.kind,
      email: invitations.email,
      role: invitations.role,
      createdAt: invitations.createdAt,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .where(
      and(
        eq(invitations.workspaceId, workspaceId),
        isNull(invitations.usedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, now),
      ),
    )
    .orderBy(desc(invitations.createdAt));
}

export async function revokeInvitation({ workspaceId, id }: { workspaceId: string; id: string }, tx: DbOrTx = db) {
  const rows = await tx
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(and(eq(invitations.workspaceId, workspaceId), eq(invitations.id, id), isNull(invitations.usedAt), isNull(invitations.revokedAt)))
    .returning({ id: invitations.id, email: invitations.email, kind: invitations.kind });
  return rows[0] ?? null;
}
