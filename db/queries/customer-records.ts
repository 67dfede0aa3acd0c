import { and, asc, eq, inArray, isNull, ne } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { customerNotes, customers, type Customer } from "@/db/schema";

export type CustomerFields = {
  name: string;
  preferredName: string | null;
  phone: string;
  email: string | null;
  address: string | null;
  notes: string | null;
  timeZone: string | null;
  verified: boolean;
};

export async function insertCustomer({ workspaceId, fields }: { workspaceId: string; fields: CustomerFields }, tx: DbOrTx = db) {
  const [row] = await tx
    .insert(customers)
    .values({ workspaceId, ...fields })
    .returning();
  return row;
}

/** Returns the row before and after, for the audit entry; null when it is not in the workspace. */
export async function updateCustomer(
  { workspaceId, id, fields }: { workspaceId: string; id: string; fields: CustomerFields },
  tx: DbOrTx = db,
) {
  const [before] = await tx
    .select()
    .from(customers)
    .where(and(eq(customers.workspaceId, workspaceId), eq(customers.id, id)))
    .for("update")
    .limit(1);
  if (!before) return null;
  const [after] = await tx
    .update(customers)
    .set({ ...fields, updatedAt: new Date() })
    .where(and(eq(customers.workspaceId, workspaceId), eq(customers.id, id)))
    .returning();
  return { before, after };
}

/** Other customers of the workspace on this E.164 number: the duplicates a form warns about. */
export async function findCustomersByPhone(
  { workspaceId, phone, excludeId }: { workspaceId: string; phone: string; excludeId?: string },
  tx: DbOrTx = db,
) {
  return tx
    .select({ id: customers.id, name: customers.name })
    .from(customers)
    .where(
      and(
        eq(customers.workspaceId, workspaceId),
        eq(customers.phone, phone),
        isNull(customers.mergedIntoId),
        excludeId ? ne(customers.id, excludeId) : undefined,
      ),
    )
    .orderBy(asc(customers.createdAt))
    .limit(5);
}

export async function insertCustomerNote(
  { workspaceId, customerId, body, createdBy }: { workspaceId: string; customerId: string; body: string; createdBy: string },
  tx: DbOrTx = db,
) {
  const [row] = await tx.insert(customerNotes).values({ workspaceId, customerId, body, createdBy }).returning();
  return row;
}

/** The first live customer on each of these numbers, for an import's "already a customer" check. */
export async function findCustomersByPhones({ workspaceId, phones }: { workspaceId: string; phones: string[] }, tx: DbOrTx = db) {
  if (phones.length === 0) return new Map<string, Customer>();
  const rows = await tx
    .select()
    .from(customers)
    .where(and(eq(customers.workspaceId, workspaceId), inArray(customers.phone, phones), isNull(customers.mergedIntoId)))
    .orderBy(asc(customers.createdAt));
  const byPhone = new Map<string, Customer>();
  for (const r of rows) if (!byPhone.has(r.phone)) byPhone.set(r.phone, r);
  return byPhone;
}

export async function insertCustomers({ workspaceId, rows }: { workspaceId: string; rows: CustomerFields[] }, tx: DbOrTx = db) {
  if (rows.length === 0) return [];
  return tx
    .insert(customers)
    .values(rows.map((fields) => ({ workspaceId, ...fields })))
    .returning({ id: customers.id, phone: customers.phone });
}
