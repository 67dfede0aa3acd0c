import { and, asc, eq, isNull } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { attentionItems, calls, customers } from "@/db/schema";
import type { AttentionKind } from "@/db/schema/enums";

/** Why an item left the list: a person resolved it with a note, or the call was reviewed. */
export type AttentionResolution =
  { action: "resolved"; note: string } | { action: "reviewed" } | { action: "reclassified"; outcomeType: string };

/** Open items, oldest first within the page: the one waiting longest is handled first. */
export async function listOpenAttention({ workspaceId, limit = 500 }: { workspaceId: string; limit?: number }, tx: DbOrTx = db) {
  return tx
    .select({
      id: attentionItems.id,
      kind: attentionItems.kind,
      detail: attentionItems.detail,
      createdAt: attentionItems.createdAt,
      callId: calls.id,
      callStatus: calls.status,
      purpose: calls.purpose,
      outcomeType: calls.outcomeType,
      customerName: customers.name,
      phoneNumber: calls.phoneNumber,
    })
    .from(attentionItems)
    .innerJoin(calls, eq(calls.id, attentionItems.callId))
    .innerJoin(customers, eq(customers.id, calls.customerId))
    .where(and(eq(attentionItems.workspaceId, workspaceId), isNull(attentionItems.resolvedAt)))
    .orderBy(asc(attentionItems.createdAt), asc(attentionItems.id))
    .limit(limit);
}

export type OpenAttentionRow = Awaited<ReturnType<typeof listOpenAttention>>[number];

export async function findAttentionItem({ workspaceId, id }: { workspaceId: string; id: string }, tx: DbOrTx = db) {
  const [row] = await tx
    .select()
    .from(attentionItems)
    .where(and(eq(attentionItems.workspaceId, workspaceId), eq(attentionItems.id, id)))
    .limit(1);
  return row ?? null;
}

/** Resolves one open item; null when it is unknown or someone resolved it first. */
export async function resolveAttentionItem(
  { workspaceId, id, userId, resolution }: { workspaceId: string; id: string; userId: string; resolution: AttentionResolution },
  tx: DbOrTx = db,
) {
  const [row] = await tx
    .update(attentionItems)
    .set({ resolvedAt: new Date(), resolvedBy: userId, resolution })
    .where(and(eq(attentionItems.workspaceId, workspaceId), eq(attentionItems.id, id), isNull(attentionItems.resolvedAt)))
    .returning();
  return row ?? null;
}

/** Resolves a call's open item of one kind, if there is one (a review closes `needs_review`). */
export async function resolveCallAttention(
  {
    workspaceId,
    callId,
    kind,
    userId,
    resolution,
  }: { workspaceId: string; callId: string; kind: AttentionKind; userId: string; resolution: AttentionResolution },
  tx: DbOrTx = db,
) {
  const rows = await tx
    .update(attentionItems)
    .set({ resolvedAt: new Date(), resolvedBy: userId, resolution })
    .where(
      and(
        eq(attentionItems.workspaceId, workspaceId),
        eq(attentionItems.callId, callId),
        eq(attentionItems.kind, kind),
        isNull(attentionItems.resolvedAt),
      ),
    )
    .returning({ id: attentionItems.id });
  return rows.length;
}
