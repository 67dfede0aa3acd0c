import { and, asc, eq, ilike, isNull, or, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { customers } from "@/db/schema";

/** By name, preferred name or phone digits, as the dispatcher types. */
export async function searchCustomers(
  { workspaceId, query, limit = 8 }: { workspaceId: string; query: string; limit?: number },
  tx: DbOrTx = db,
) {
  const text = query.trim();
  const digits = text.replace(/\D/g, "");
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const matches = [ilike(customers.name, pattern), ilike(customers.preferredName, pattern)];
  // Three digits or more: match them anywhere in the E.164 number ("555 01" finds +1310555012x).
  if (digits.length >= 3) matches.push(sql`${customers.phone} like ${`%${digits}%`}`);
  return tx
    .select({
      id: customers.id,
      name: customers.name,
      preferredName: customers.preferredName,
      phone: customers.phone,
      doNotCall: customers.doNotCall,
      doNotCallReason: customers.doNotCallReason,
    })
    .from(customers)
    .where(and(eq(customers.workspaceId, workspaceId), isNull(customers.mergedIntoId), text ? or(...matches) : undefined))
    .orderBy(asc(customers.name))
    .limit(limit);
}

export async function findCustomer({ workspaceId, id }: { workspaceId: string; id: string }, tx: DbOrTx = db) {
  const [row] = await tx
    .select()
    .from(customers)
    .where(and(eq(customers.workspaceId, workspaceId), eq(customers.id, id)))
    .limit(1);
  return row ?? null;
}
