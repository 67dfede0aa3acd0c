import { db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { findCustomersByPhones, insertCustomers, updateCustomer, type CustomerFields } from "@/db/queries/customer-records";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import type { Member } from "@/lib/auth/session";
import type { z } from "zod";
import type { customerImportSchema } from "@/lib/validation/customer-import";
import { zoneForNumber } from "./derive-zone";
import { readImportRows } from "./import-rows";

export type PreviewRow = {
  row: number;
  name: string;
  phone: string;
  /** `new`: will be added; `existing`: a customer has this number (updated or skipped as chosen). */
  status: "new" | "existing" | "error";
  existingName?: string;
  errors: string[];
};

export type ImportPreview = { rows: PreviewRow[]; counts: { new: number; existing: number; error: number } };

type Input = z.output<typeof customerImportSchema>;

async function classify(csv: string, workspaceId: string) {
  const { rows, fileError } = readImportRows(csv);
  if (fileError) return { fileError } as const;
  const phones = rows.flatMap((r) => (r.values ? [r.values.phone] : []));
  const existing = await findCustomersByPhones({ workspaceId, phones });
  return { rows, existing } as const;
}

/** What an import would do, row by row, without writing anything. */
export async function previewCustomerImport({ csv }: Input, member: Member): Promise<ActionResult<ImportPreview>> {
  const read = await classify(csv, member.workspace.id);
  if ("fileError" in read) return fail(read.fileError ?? "The file could not be read.", { csv: read.fileError ?? "" });
  const rows: PreviewRow[] = read.rows.map((r) => {
    const found = r.values ? read.existing.get(r.values.phone) : undefined;
    return {
      row: r.row,
      name: r.raw.name,
      phone: r.values?.phone ?? r.raw.phone,
      status: r.errors.length ? "error" : found ? "existing" : "new",
      existingName: found?.name,
      errors: r.errors,
    };
  });
  const counts = { new: 0, existing: 0, error: 0 };
  for (const r of rows) counts[r.status]++;
  return ok({ rows, counts });
}

export type ImportResult = { created: number; updated: number; skipped: number; errors: number };

/**
 * Adds the file's new customers and updates or skips the ones whose number is already a
 * customer's, in one transaction with one audit entry; rows with errors are left out and counted.
 * An empty cell never clears what an existing record holds.
 */
export async function importCustomers({ csv, onExisting }: Input, member: Member): Promise<ActionResult<ImportResult>> {
  const workspaceId = member.workspace.id;
  const read = await classify(csv, workspaceId);
  if ("fileError" in read) return fail(read.fileError ?? "The file could not be read.", { csv: read.fileError ?? "" });
  const valid = read.rows.flatMap((r) => (r.values ? [r.values] : []));
  const fresh = valid.filter((v) => !read.existing.has(v.phone));
  const known = valid.filter((v) => read.existing.has(v.phone));
  const newRows: CustomerFields[] = await Promise.all(
    fresh.map(async (v) => ({ ...v, timeZone: await zoneForNumber(v.phone, member.workspace.timeZone), verified: true })),
  );
  const result = await db.transaction(async (tx) => {
    const created = await insertCustomers({ workspaceId, rows: newRows }, tx);
    const updatedIds: string[] = [];
    if (onExisting === "update") {
      for (const v of known) {
        const was = read.existing.get(v.phone)!;
        await updateCustomer(
          {
            workspaceId,
            id: was.id,
            fields: {
              name: v.name,
              phone: was.phone,
              preferredName: v.preferredName ?? was.preferredName,
              email: v.email ?? was.email,
              address: v.address ?? was.address,
              notes: v.notes ?? was.notes,
              timeZone: was.timeZone,
              verified: true,
            },
          },
          tx,
        );
        updatedIds.push(was.id);
      }
    }
    const counts: ImportResult = {
      created: created.length,
      updated: updatedIds.length,
      skipped: onExisting === "skip" ? known.length : 0,
      errors: read.rows.length - valid.length,
    };
    await recordAudit(
      {
        workspaceId,
        actorId: member.user.id,
        action: "customer.import",
        entityType: "customer",
        entityId: null,
        after: { ...counts, onExisting, createdIds: created.map((c) => c.id), updatedIds },
      },
      tx,
    );
    return counts;
  });
  return ok(result);
}
