import { and, asc, eq } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { memberships, users, workspaces } from "@/db/schema";

export async function findUserByEmail({ email }: { email: string }, tx: DbOrTx = db) {
  const [user] = await tx.select().from(users).where(eq(users.email, email.toLowerCase())).limit(1);
  return user ?? null;
}

/** The workspaces a user belongs to, with their role in each; the first is the default. */
export async function listMemberships({ userId }: { userId: string }, tx: DbOrTx = db) {
  return tx
    .select({
      role: memberships.role,
      workspace: workspaces,
    })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(workspaces.name));
}

export async function findMembership({ userId, workspaceId }: { userId: string; workspaceId: string }, tx: DbOrTx = db) {
  const [row] = await tx
    .select({ role: memberships.role, workspace: workspaces })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(and(eq(memberships.userId, userId), eq(memberships.workspaceId, workspaceId)))
    .limit(1);
  return row ?? null;
}

export async function findUserById({ id }: { id: string }, tx: DbOrTx = db) {
  const [user] = await tx.select({ id: users.id, email: users.email, name: users.name }).from(users).where(eq(users.id, id)).limit(1);
  return user ?? null;
}
