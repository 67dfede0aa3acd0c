import { and, desc, eq, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db, type DbOrTx } from "@/db";
import { ingestRejections, ingestTokens, users } from "@/db/schema";

export async function insertIngestToken(
  values: { id?: string; workspaceId: string; name: string; tokenHash: string; prefix: string; createdBy: string | null },
  tx: DbOrTx = db,
) {
  const [row] = await tx.insert(ingestTokens).values(values).returning();
  return row;
}

/**
 * The workspace a presented token belongs to, marking it used, in one statement. Looked up by
 * hash alone on purpose: the token is what names the workspace.
 */
export async function authenticateIngestToken({ tokenHash }: { tokenHash: string }, tx: DbOrTx = db) {
  const [row] = await tx
    .update(ingestTokens)
    .set({ lastUsedAt: new Date() })
    .where(and(eq(ingestTokens.tokenHash, tokenHash), isNull(ingestTokens.revokedAt)))
    .returning({ id: ingestTokens.id, workspaceId: ingestTokens.workspaceId });
  return row ?? null;
}

const creators = alias(users, "creators");

export async function listIngestTokens({ workspaceId }: { workspaceId: string }, tx: DbOrTx = db) {
  return tx
    .select({
      id: ingestTokens.id,
      name: ingestTokens.name,
      prefix: ingestTokens.prefix,
      createdAt: ingestTokens.createdAt,
      createdByName: creators.name,
      lastUsedAt: ingestTokens.lastUsedAt,
      revokedAt: ingestTokens.revokedAt,
    })
    .from(ingestTokens)
    .leftJoin(creators, eq(creators.id, ingestTokens.createdBy))
    .where(eq(ingestTokens.workspaceId, workspaceId))
    .orderBy(desc(ingestTokens.createdAt));
}

export type IngestTokenRow = Awaited<ReturnType<typeof listIngestTokens>>[number];

/** Only an active token is revoked, so the first revocation's time and author stay. */
export async function revokeIngestToken({ workspaceId, id, userId }: { workspaceId: string; id: string; userId: string }, tx: DbOrTx = db) {
  const [row] = await tx
    .update(ingestTokens)
    .set({ revokedAt: new Date(), revokedBy: userId })
    .where(and(eq(ingestTokens.workspaceId, workspaceId), eq(ingestTokens.id, id), isNull(ingestTokens.revokedAt)))
    .returning({ id: ingestTokens.id, name: ingestTokens.name, prefix: ingestTokens.prefix });
  return row ?? null;
}

/** Active tokens of one name (the simulator keeps its own under a fixed name). */
export async function listActiveTokensNamed({ workspaceId, name }: { workspaceId: string; name: string }, tx: DbOrTx = db) {
  return tx
    .select({ id: ingestTokens.id, tokenHash: ingestTokens.tokenHash })
    .from(ingestTokens)
    .where(and(eq(ingestTokens.workspaceId, workspaceId), eq(ingestTokens.name, name), isNull(ingestTokens.revokedAt)));
}

/** A refused feed request, kept with its raw body so nothing a phone system sent is lost. */
export async function recordIngestRejection(
  values: { workspaceId: string | null; status: number; reason: string; rawBody: string; bodySha256?: string | null },
  tx: DbOrTx = db,
) {
  await tx.insert(ingestRejections).values({ ...values, status: String(values.status) });
}
