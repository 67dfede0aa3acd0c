"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { findActiveAssistant } from "@/db/queries/assistants";
import { recordAudit } from "@/db/queries/audit";
import { insertIngestToken, revokeIngestToken } from "@/db/queries/ingest-tokens";
import { updateWorkspaceSettings, type WorkspaceSettings } from "@/db/queries/workspaces";
import { leadAssistantSchema } from "@/lib/validation/lead";
import { memberAction } from "@/lib/actions/member-action";
import { fail, ok } from "@/lib/actions/result";
import type { Member } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { mintIngestToken } from "@/lib/missed-calls/ingest-token";
import {
  autoRetrySchema,
  callbackAssistantSchema,
  createIngestTokenSchema,
  revokeIngestTokenSchema,
  slaSettingsSchema,
} from "@/lib/validation/settings";

const roles = can.manageSettings;

/** The change and its audit entry in one transaction, so neither exists without the other. */
async function saveSettings(member: Member, action: string, values: WorkspaceSettings) {
  const before = Object.fromEntries(Object.keys(values).map((k) => [k, member.workspace[k as keyof WorkspaceSettings]]));
  await db.transaction(async (tx) => {
    await updateWorkspaceSettings({ workspaceId: member.workspace.id, values }, tx);
    await recordAudit(
      {
        workspaceId: member.workspace.id,
        actorId: member.user.id,
        action,
        entityType: "workspace",
        entityId: member.workspace.id,
        before,
        after: values,
      },
      tx,
    );
  });
  revalidatePath("/settings");
  revalidatePath("/missed");
}

/** The token is in this answer and nowhere else: only its hash is stored. */
export const createIngestTokenAction = memberAction(
  { name: "createIngestToken", roles, schema: createIngestTokenSchema },
  async ({ name }, member) => {
    const minted = mintIngestToken();
    const row = await db.transaction(async (tx) => {
      const created = await insertIngestToken(
        { workspaceId: member.workspace.id, name, tokenHash: minted.tokenHash, prefix: minted.prefix, createdBy: member.user.id },
        tx,
      );
      await recordAudit(
        {
          workspaceId: member.workspace.id,
          actorId: member.user.id,
          action: "ingest_token.created",
          entityType: "ingest_token",
          entityId: created.id,
          after: { name, prefix: minted.prefix },
        },
        tx,
      );
      return created;
    });
    revalidatePath("/settings");
    return ok({ id: row.id, name, prefix: minted.prefix, token: minted.token });
  },
);

export const revokeIngestTokenAction = memberAction(
  { name: "revokeIngestToken", roles, schema: revokeIngestTokenSchema },
  async ({ id }, member) => {
    const revoked = await db.transaction(async (tx) => {
      const row = await revokeIngestToken({ workspaceId: member.workspace.id, id, userId: member.user.id }, tx);
      if (row) {
        await recordAudit(
          {
            workspaceId: member.workspace.id,
            actorId: member.user.id,
            action: "ingest_token.revoked",
            entityType: "ingest_token",
            entityId: id,
            before: { revoked: false },
            after: { revoked: true, name: row.name, prefix: row.prefix },
          },
          tx,
        );
      }
      return row;
    });
    if (!revoked) return fail("That token was already revoked.");
    revalidatePath("/settings");
    return ok({ id });
  },
);

export const updateSlaAction = memberAction({ name: "updateSla", roles, schema: slaSettingsSchema }, async (values, member) => {
  await saveSettings(member, "settings.sla_updated", values);
  return ok(values);
});

export const updateCallbackAssistantAction = memberAction(
  { name: "updateCallbackAssistant", roles, schema: callbackAssistantSchema },
  async ({ assistantId }, member) => {
    if (assistantId && !(await findActiveAssistant({ workspaceId: member.workspace.id, id: assistantId }))) {
      return fail("Check the highlighted fields.", { assistantId: "This assistant is not available" });
    }
    await saveSettings(member, "settings.callback_assistant_updated", { defaultCallbackAssistantId: assistantId || null });
    return ok({ assistantId });
  },
);

export const updateLeadAssistantAction = memberAction(
  { name: "updateLeadAssistant", roles, schema: leadAssistantSchema },
  async ({ assistantId }, member) => {
    if (assistantId && !(await findActiveAssistant({ workspaceId: member.workspace.id, id: assistantId }))) {
      return fail("Check the highlighted fields.", { assistantId: "This assistant is not available" });
    }
    await saveSettings(member, "settings.lead_assistant_updated", { leadAssistantId: assistantId || null });
    return ok({ assistantId });
  },
);

export const updateAutoRetryAction = memberAction({ name: "updateAutoRetry", roles, schema: autoRetrySchema }, async (values, member) => {
  await saveSettings(member, "settings.auto_retry_updated", { autoRetry: values });
  return ok(values);
});
