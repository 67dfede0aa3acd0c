import { and, asc, eq, isNull } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { calls, webhookDeadLetters, workspaces } from "@/db/schema";
import type { DeadLetterReason } from "@/db/schema/enums";

export async function insertDeadLetter(
  values: {
    reason: DeadLetterReason;
    detail: string | null;
    webhookId: string | null;
    providerCallId: string | null;
    headers: Record<string, string>;
    rawBody: string;
    bodySha256?: string | null;
    bodyBytes?: number | null;
    bodyTruncated?: boolean;
    sourceAddress?: string | null;
  },
  tx: DbOrTx = db,
) {
  await tx.insert(webhookDeadLetters).values(values);
}

/** Provider ids are global, so this lookup has no workspace: it is how a workspace is found. */
export async function listUnresolvedUnknownCall({ providerCallId }: { providerCallId: string }, tx: DbOrTx = db) {
  return tx
    .select()
    .from(webhookDeadLetters)
    .where(
      and(
        eq(webhookDeadLetters.providerCallId, providerCallId),
        eq(webhookDeadLetters.reason, "unknown_call"),
        isNull(webhookDeadLetters.resolvedAt),
      ),
    )
    .orderBy(asc(webhookDeadLetters.id));
}

export async function resolveDeadLetter({ id }: { id: number }, tx: DbOrTx = db) {
  await tx.update(webhookDeadLetters).set({ resolvedAt: new Date() }).where(eq(webhookDeadLetters.id, id));
}

/** The zone of the workspace a provider call belongs to, for times sent without an offset. */
export async function findZoneOfProviderCall({ providerCallId }: { providerCallId: string }, tx: DbOrTx = db) {
  const [row] = await tx
    .select({ timeZone: workspaces.timeZone })
    .from(calls)
    .innerJoin(workspaces, eq(workspaces.id, calls.workspaceId))
    .where(eq(calls.providerCallId, providerCallId))
    .limit(1);
  return row?.timeZone ?? null;
}
