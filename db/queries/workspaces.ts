import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { workspaces, type AutoRetrySettings, type Workspace } from "@/db/schema";

/** By id only: callers are jobs that already hold a workspace-scoped row. */
export async function findWorkspace({ id }: { id: string }, tx: DbOrTx = db) {
  const [row] = await tx.select().from(workspaces).where(eq(workspaces.id, id)).limit(1);
  return row ?? null;
}

export type WorkspaceSettings = {
  slaWarnMinutes?: number;
  slaBreachMinutes?: number;
  defaultCallbackAssistantId?: string | null;
  leadAssistantId?: string | null;
  autoRetry?: AutoRetrySettings;
};

export async function updateWorkspaceSettings(
  { workspaceId, values }: { workspaceId: string; values: WorkspaceSettings },
  tx: DbOrTx = db,
) {
  const [row] = await tx.update(workspaces).set(values).where(eq(workspaces.id, workspaceId)).returning();
  return row;
}

export async function countWorkspaces(tx: DbOrTx = db): Promise<number> {
  const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(workspaces);
  return row.n;
}

export type WorkspaceProfile = Pick<Workspace, "name" | "timeZone" | "businessHours" | "holidays" | "providerWorkspaceId"> &
  Partial<Pick<Workspace, "allowedCountries">>;

/** The slug only has to be unique; the name is what people read. */
function slugFor(name: string): string {
  const base =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 40) || "workspace";
  return `${base}-${randomBytes(3).toString("hex")}`;
}

export async function insertWorkspace(values: WorkspaceProfile, tx: DbOrTx = db) {
  const [row] = await tx
    .insert(workspaces)
    .values({ ...values, slug: slugFor(values.name) })
    .returning();
  return row;
}

export async function updateWorkspaceProfile({ workspaceId, values }: { workspaceId: string; values: WorkspaceProfile }, tx: DbOrTx = db) {
  const [row] = await tx.update(workspaces).set(values).where(eq(workspaces.id, workspaceId)).returning();
  return row;
}

/** Every workspace's id: for conditions that concern them all (the provider is shared). */
export async function listWorkspaceIds(tx: DbOrTx = db): Promise<string[]> {
  const rows = await tx.select({ id: workspaces.id }).from(workspaces);
  return rows.map((r) => r.id);
}

export async function updateWorkspaceCapacity(
  { id, jobsPerSlot, appointmentMinutes }: { id: string; jobsPerSlot: number | null; appointmentMinutes: number },
  tx: DbOrTx = db,
) {
  await tx.update(workspaces).set({ jobsPerSlot, appointmentMinutes }).where(eq(workspaces.id, id));
}
