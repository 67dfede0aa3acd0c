import { db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { rebuildOutcomeDaily } from "@/db/queries/outcome-aggregates";
import { upsertMembership } from "@/db/queries/users";
import { insertWorkspace, updateWorkspaceProfile } from "@/db/queries/workspaces";
import type { Workspace } from "@/db/schema";
import { ok, type ActionResult } from "@/lib/actions/result";
import type { CreateWorkspaceInput, WorkspaceSettingsInput } from "@/lib/validation/workspace";
import { DEFAULT_BUSINESS_HOURS, toBusinessHours } from "./business-hours";

type Admin = { userId: string; workspace: Workspace };

export async function saveWorkspaceProfile(admin: Admin, input: WorkspaceSettingsInput): Promise<ActionResult<{ id: string }>> {
  const { workspace } = admin;
  const values = {
    name: input.name,
    timeZone: input.timeZone,
    businessHours: toBusinessHours(input.businessHours),
    holidays: [...new Set(input.holidays)].sort(),
    providerWorkspaceId: input.providerWorkspaceId,
    allowedCountries: [...new Set(input.allowedCountries)],
  };
  await db.transaction(async (tx) => {
    await updateWorkspaceProfile({ workspaceId: workspace.id, values }, tx);
    // The outcomes aggregates count by local day: a new zone moves calls between days.
    if (values.timeZone !== workspace.timeZone) await rebuildOutcomeDaily({ workspaceId: workspace.id }, tx);
    await recordAudit(
      {
        workspaceId: workspace.id,
        actorId: admin.userId,
        action: "workspace.updated",
        entityType: "workspace",
        entityId: workspace.id,
        before: {
          name: workspace.name,
          timeZone: workspace.timeZone,
          businessHours: workspace.businessHours,
          holidays: workspace.holidays,
          providerWorkspaceId: workspace.providerWorkspaceId,
          allowedCountries: workspace.allowedCountries,
        },
        after: values,
      },
      tx,
    );
  });
  return ok({ id: workspace.id });
}

/** Another workspace (a second brand or branch); the admin who makes it is its first admin. */
export async function createWorkspace(admin: Admin, input: CreateWorkspaceInput): Promise<ActionResult<{ id: string }>> {
  const created = await db.transaction(async (tx) => {
    const row = await insertWorkspace(
      {
        name: input.name,
        timeZone: input.timeZone,
        providerWorkspaceId: input.providerWorkspaceId,
        businessHours: DEFAULT_BUSINESS_HOURS,
        holidays: [],
      },
      tx,
    );
    await upsertMembership({ userId: admin.userId, workspaceId: row.id, role: "admin" }, tx);
    for (const workspaceId of [admin.workspace.id, row.id]) {
      await recordAudit(
        {
          workspaceId,
          actorId: admin.userId,
          action: "workspace.created",
          entityType: "workspace",
          entityId: row.id,
          after: { name: row.name, timeZone: row.timeZone, from: admin.workspace.name },
        },
        tx,
      );
    }
    return row;
  });
  return ok({ id: created.id });
}
