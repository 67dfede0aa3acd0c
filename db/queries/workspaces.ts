import { eq } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { workspaces, type AutoRetrySettings } from "@/db/schema";

/** By id only: callers are jobs that already hold a workspace-scoped row. */
export async function findWorkspace({ id }: { id: string }, tx: DbOrTx = db) {
  const [row] = await tx.select().from(workspaces).where(eq(workspaces.id, id)).limit(1);
  return row ?? null;
}

export type WorkspaceSettings = {
  slaWarnMinutes?: number;
  slaBreachMinutes?: number;
  defaultCallbackAssistantId?: string | null;
  autoRetry?: AutoRetrySettings;
};

export async function updateWorkspaceSettings(
  { workspaceId, values }: { workspaceId: string; values: WorkspaceSettings },
  tx: DbOrTx = db,
) {
  const [row] = await tx.update(workspaces).set(values).where(eq(workspaces.id, workspaceId)).returning();
  return row;
}
