import { and, asc, eq } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { assistants } from "@/db/schema";

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
