import { and, asc, count, eq, isNull } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { memberships, users, workspaces } from "@/db/schema";
import type { MemberRole } from "@/db/schema/enums";

export async function findUserByEmail({ email }: { email: string }, tx: DbOrTx = db) {
  const [user] = await tx.select().from(users).where(eq(users.email, email.toLowerCase())).limit(1);
  return user ?? null;
}

/** The workspaces a user may open, with their role in each; the first is the default. Disabled memberships are left out. */
export async function listMemberships({ userId }: { userId: string }, tx: DbOrTx = db) {
  return tx
    .select({
      role: memberships.role,
      workspace: workspaces,
    })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(and(eq(memberships.userId, userId), isNull(memberships.disabledAt)))
    .orderBy(asc(workspaces.name));
}

export async function findMembership({ userId, workspaceId }: { userId: string; workspaceId: string }, tx: DbOrTx = db) {
  const [row] = await tx
    .select({ role: memberships.role, workspace: workspaces })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(and(eq(memberships.userId, userId), eq(memberships.workspaceId, workspaceId), isNull(memberships.disabledAt)))
    .limit(1);
  return row ?? null;
}

export async function insertUser(values: { email: string; name: string; passwordHash: string }, tx: DbOrTx = db) {
  const [row] = await tx
    .insert(users)
    .values({ ...values, email: values.email.toLowerCase() })
    .returning({ id: users.id, email: users.email, name: users.name });
  return row;
}

export async function updatePasswordHash({ userId, passwordHash }: { userId: string; passwordHash: string }, tx: DbOrTx = db) {
  await tx.update(users).set({ passwordHash }).where(eq(users.id, userId));
}

/** Adds the membership, or gives a disabled or existing one the role and re-enables it. */
export async function upsertMembership(
  { userId, workspaceId, role }: { userId: string; workspaceId: string; role: MemberRole },
  tx: DbOrTx = db,
) {
  await tx
    .insert(memberships)
    .values({ userId, workspaceId, role })
    .onConflictDoUpdate({ target: [memberships.userId, memberships.workspaceId], set: { role, disabledAt: null } });
}

/** Everyone in the workspace, disabled ones too (they are re-enabled from the same list). */
export async function listMembers({ workspaceId }: { workspaceId: string }, tx: DbOrTx = db) {
  return tx
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      disabledAt: memberships.disabledAt,
      joinedAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.workspaceId, workspaceId))
    .orderBy(asc(users.name));
}

export type MemberRow = Awaited<ReturnType<typeof listMembers>>[number];

export async function findMember({ workspaceId, userId }: { workspaceId: string; userId: string }, tx: DbOrTx = db) {
  const rows = await listMembers({ workspaceId }, tx);
  return rows.find((r) => r.userId === userId) ?? null;
}

export async function updateMember(
  { workspaceId, userId, values }: { workspaceId: string; userId: string; values: { role?: MemberRole; disabledAt?: Date | null } },
  tx: DbOrTx = db,
) {
  const rows = await tx
    .update(memberships)
    .set(values)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)))
    .returning({ userId: memberships.userId });
  return rows.length > 0;
}

/** Takes a person out of one workspace; their account and their other workspaces stay. */
export async function deleteMember({ workspaceId, userId }: { workspaceId: string; userId: string }, tx: DbOrTx = db) {
  const rows = await tx
    .delete(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)))
    .returning({ userId: memberships.userId });
  return rows.length > 0;
}

/** Admins who can still sign in: the last one may not be demoted or disabled. */
export async function countActiveAdmins({ workspaceId }: { workspaceId: string }, tx: DbOrTx = db) {
  const [row] = await tx
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.role, "admin"), isNull(memberships.disabledAt)));
  return row.n;
}
