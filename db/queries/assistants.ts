import { and, asc, desc, eq } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { assistants } from "@/db/schema";
import type { CallPurpose } from "@/db/schema/enums";

export async function listActiveAssistants({ workspaceId }: { workspaceId: string }, tx: DbOrTx = db) {
  return tx
    .select({
      id: assistants.id,
      name: assistants.name,
      providerAssistantId: assistants.providerAssistantId,
      purposes: assistants.purposes,
    })
    .from(assistants)
    .where(and(eq(assistants.workspaceId, workspaceId), eq(assistants.active, true)))
    .orderBy(asc(assistants.name));
}

export async function findActiveAssistant({ workspaceId, id }: { workspaceId: string; id: string }, tx: DbOrTx = db) {
  const [row] = await tx
    .select()
    .from(assistants)
    .where(and(eq(assistants.workspaceId, workspaceId), eq(assistants.id, id), eq(assistants.active, true)))
    .limit(1);
  return row ?? null;
}

/** Every assistant, inactive ones too, for the admin's list. */
export async function listAssistants({ workspaceId }: { workspaceId: string }, tx: DbOrTx = db) {
  return tx.select().from(assistants).where(eq(assistants.workspaceId, workspaceId)).orderBy(desc(assistants.active), asc(assistants.name));
}

export async function findAssistant({ workspaceId, id }: { workspaceId: string; id: string }, tx: DbOrTx = db) {
  const [row] = await tx
    .select()
    .from(assistants)
    .where(and(eq(assistants.workspaceId, workspaceId), eq(assistants.id, id)))
    .limit(1);
  return row ?? null;
}

export type AssistantValues = { name: string; providerAssistantId: string; purposes: CallPurpose[]; active: boolean };

export async function insertAssistant({ workspaceId, values }: { workspaceId: string; values: AssistantValues }, tx: DbOrTx = db) {
  const [row] = await tx
    .insert(assistants)
    .values({ workspaceId, ...values })
    .returning();
  return row;
}

/** Assistants are never deleted: calls keep pointing at them. Deactivating hides them from new calls. */
export async function updateAssistant(
  { workspaceId, id, values }: { workspaceId: string; id: string; values: Partial<AssistantValues> },
  tx: DbOrTx = db,
) {
  const [row] = await tx
    .update(assistants)
    .set(values)
    .where(and(eq(assistants.workspaceId, workspaceId), eq(assistants.id, id)))
    .returning();
  return row ?? null;
}
