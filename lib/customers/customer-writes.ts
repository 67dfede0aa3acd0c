import { db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { addDoNotCallEntry } from "@/db/queries/compliance";
import { findCustomersByPhone, insertCustomer, insertCustomerNote, updateCustomer } from "@/db/queries/customer-records";
import { findCustomer } from "@/db/queries/customers";
import { flagDoNotCall } from "@/db/queries/outcomes";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import type { Member } from "@/lib/auth/session";
import { toE164 } from "@/lib/phone";
import type { z } from "zod";
import type { customerNoteSchema, customerSchema, manualDoNotCallSchema } from "@/lib/validation/customer";
import { zoneForNumber } from "./derive-zone";
import { duplicateCode } from "./duplicate-code";

const notHere = "That customer is not in this workspace.";

/**
 * Creates or edits a customer, audited in the same transaction. A number another customer already
 * has is refused once with a code naming them; the form may then save anyway (two people, one line).
 */
export async function saveCustomer(input: z.output<typeof customerSchema>, member: Member): Promise<ActionResult<{ id: string }>> {
  const workspaceId = member.workspace.id;
  const phone = toE164(input.phone);
  if (!phone) return fail("Check the highlighted fields.", { phone: "Not a valid phone number" });
  if (!input.allowDuplicatePhone) {
    const [dup] = await findCustomersByPhone({ workspaceId, phone, excludeId: input.id });
    if (dup)
      return fail(`${dup.name} already has this number.`, { phone: "Another customer has this number" }, { code: duplicateCode(dup.id) });
  }
  const existing = input.id ? await findCustomer({ workspaceId, id: input.id }) : null;
  if (input.id && !existing) return fail(notHere);
  // Keep a zone someone set unless the number changed; a new number gets its own zone.
  const timeZone = existing && existing.phone === phone ? existing.timeZone : await zoneForNumber(phone, member.workspace.timeZone);
  const fields = {
    name: input.name,
    preferredName: input.preferredName,
    phone,
    email: input.email,
    address: input.address,
    notes: input.notes,
    timeZone,
    verified: input.verified,
  };
  const saved = await db.transaction(async (tx) => {
    if (!input.id) {
      const row = await insertCustomer({ workspaceId, fields }, tx);
      await recordAudit(
        { workspaceId, actorId: member.user.id, action: "customer.create", entityType: "customer", entityId: row.id, after: fields },
        tx,
      );
      return row;
    }
    const changed = await updateCustomer({ workspaceId, id: input.id, fields }, tx);
    if (!changed) return null;
    const before = Object.fromEntries(Object.keys(fields).map((k) => [k, changed.before[k as keyof typeof fields]]));
    await recordAudit(
      {
        workspaceId,
        actorId: member.user.id,
        action: "customer.update",
        entityType: "customer",
        entityId: input.id,
        before,
        after: fields,
      },
      tx,
    );
    return changed.after;
  });
  return saved ? ok({ id: saved.id }) : fail(notHere);
}

export async function addCustomerNote(
  { customerId, body }: z.output<typeof customerNoteSchema>,
  member: Member,
): Promise<ActionResult<{ id: string }>> {
  const workspaceId = member.workspace.id;
  const note = await db.transaction(async (tx) => {
    if (!(await findCustomer({ workspaceId, id: customerId }, tx))) return null;
    const row = await insertCustomerNote({ workspaceId, customerId, body, createdBy: member.user.id }, tx);
    await recordAudit(
      {
        workspaceId,
        actorId: member.user.id,
        action: "customer.note",
        entityType: "customer",
        entityId: customerId,
        after: { noteId: row.id, body },
      },
      tx,
    );
    return row;
  });
  return note ? ok({ id: note.id }) : fail(notHere);
}

/**
 * Any member may stop calls to a customer; nobody can undo it here. The register entry is the
 * record (kept, only annotated) and the customer flag its fast copy, written together.
 */
export async function addCustomerToDoNotCall(
  { customerId, reason }: z.output<typeof manualDoNotCallSchema>,
  member: Member,
): Promise<ActionResult<{ id: string }>> {
  const workspaceId = member.workspace.id;
  const done = await db.transaction(async (tx) => {
    const customer = await findCustomer({ workspaceId, id: customerId }, tx);
    if (!customer) return false;
    await addDoNotCallEntry({ workspaceId, phone: customer.phone, customerId, source: "manual", reason, createdBy: member.user.id }, tx);
    await flagDoNotCall({ workspaceId, customerId, reason: `Added by ${member.user.name}: ${reason}`, at: new Date() }, tx);
    await recordAudit(
      {
        workspaceId,
        actorId: member.user.id,
        action: "do_not_call.add",
        entityType: "customer",
        entityId: customerId,
        after: { phone: customer.phone, reason },
      },
      tx,
    );
    return true;
  });
  return done ? ok({ id: customerId }) : fail(notHere);
}
