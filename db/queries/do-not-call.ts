import { and, desc, eq, ilike, or, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { customers, doNotCallEntries } from "@/db/schema";

/** The register, newest first; `query` matches any part of the number (any format) or the customer's name. */
export async function listDoNotCallEntries(
  { workspaceId, query = "", limit = 200 }: { workspaceId: string; query?: string; limit?: number },
  tx: DbOrTx = db,
) {
  const text = query.trim();
  const digits = text.replace(/\D/g, "");
  const search = text
    ? or(
        ilike(customers.name, `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`),
        digits.length >= 3 ? sql`${doNotCallEntries.phone} like ${`%${digits}%`}` : undefined,
      )
    : undefined;
  return tx
    .select({
      id: doNotCallEntries.id,
      phone: doNotCallEntries.phone,
      customerName: customers.name,
      source: doNotCallEntries.source,
      reason: doNotCallEntries.reason,
      sourceCallId: doNotCallEntries.sourceCallId,
      createdAt: doNotCallEntries.createdAt,
      annotations: doNotCallEntries.annotations,
    })
    .from(doNotCallEntries)
    .leftJoin(customers, eq(customers.id, doNotCallEntries.customerId))
    .where(and(eq(doNotCallEntries.workspaceId, workspaceId), search))
    .orderBy(desc(doNotCallEntries.createdAt))
    .limit(limit);
}

/**
 * Appends a note to an entry. Entries are never updated otherwise and never deleted: the register
 * is the record that a consumer opted out (kept five years), so a mistake is corrected by a note.
 */
export async function annotateDoNotCallEntry(
  { workspaceId, id, note, by }: { workspaceId: string; id: string; note: string; by: string },
  tx: DbOrTx = db,
) {
  const entry = { at: new Date().toISOString(), by, note };
  const [row] = await tx
    .update(doNotCallEntries)
    .set({ annotations: sql`${doNotCallEntries.annotations} || ${JSON.stringify([entry])}::jsonb` })
    .where(and(eq(doNotCallEntries.workspaceId, workspaceId), eq(doNotCallEntries.id, id)))
    .returning({ id: doNotCallEntries.id, annotations: doNotCallEntries.annotations });
  return row ?? null;
}
