import { db } from "@/db";
import { findAssistant, insertAssistant, listAssistants, updateAssistant, type AssistantValues } from "@/db/queries/assistants";
import { recordAudit } from "@/db/queries/audit";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import type { AssistantInput } from "@/lib/validation/assistants";

type Admin = { userId: string; workspaceId: string };

/** Adds an assistant, or edits one; the provider's assistant id is unique within a workspace. */
export async function saveAssistant(
  admin: Admin,
  input: AssistantInput & { purposes: AssistantValues["purposes"] },
): Promise<ActionResult<{ id: string }>> {
  const { id, ...values } = input;
  const clash = (await listAssistants({ workspaceId: admin.workspaceId })).find(
    (a) => a.providerAssistantId === values.providerAssistantId && a.id !== id,
  );
  if (clash) return fail("Check the highlighted fields.", { providerAssistantId: `${clash.name} already uses this id` });
  const before = id ? await findAssistant({ workspaceId: admin.workspaceId, id }) : null;
  if (id && !before) return fail("That assistant is not in this workspace.");
  const saved = await db.transaction(async (tx) => {
    const row = id
      ? await updateAssistant({ workspaceId: admin.workspaceId, id, values }, tx)
      : await insertAssistant({ workspaceId: admin.workspaceId, values }, tx);
    if (!row) throw new Error("assistant vanished while saving");
    await recordAudit(
      {
        workspaceId: admin.workspaceId,
        actorId: admin.userId,
        action: id ? "assistant.updated" : "assistant.created",
        entityType: "assistant",
        entityId: row.id,
        before: before
          ? { name: before.name, providerAssistantId: before.providerAssistantId, purposes: before.purposes, active: before.active }
          : null,
        after: values,
      },
      tx,
    );
    return row;
  });
  return ok({ id: saved.id });
}

/** Never deleted: calls keep pointing at the assistant that made them. */
export async function setAssistantActive(
  admin: Admin,
  { id, active }: { id: string; active: boolean },
): Promise<ActionResult<{ active: boolean }>> {
  const before = await findAssistant({ workspaceId: admin.workspaceId, id });
  if (!before) return fail("That assistant is not in this workspace.");
  await db.transaction(async (tx) => {
    await updateAssistant({ workspaceId: admin.workspaceId, id, values: { active } }, tx);
    await recordAudit(
      {
        workspaceId: admin.workspaceId,
        actorId: admin.userId,
        action: active ? "assistant.activated" : "assistant.deactivated",
        entityType: "assistant",
        entityId: id,
        before: { active: before.active },
        after: { active },
      },
      tx,
    );
  });
  return ok({ active });
}
