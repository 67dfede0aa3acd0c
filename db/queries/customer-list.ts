import { and, asc, desc, eq, exists, isNull, or, sql, type SQL } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { callbackTasks, calls, customers } from "@/db/schema";
import type { CustomerCursor } from "@/lib/customers/cursor";
import type { CustomerFilters } from "@/lib/customers/filters";

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Words match name, preferred name and address anywhere; three digits or more also match inside
 * the E.164 number, so "555-0123", "(310) 555" and "3105550123" all find +13105550123. Both sides
 * are "contains" searches served by the trigram indexes.
 */
export function customerSearchCondition(query: string): SQL | undefined {
  const text = query.trim();
  if (!text) return undefined;
  const digits = text.replace(/\D/g, "");
  const byText = sql`${customers.searchText} like lower(${`%${escapeLike(text)}%`})`;
  return digits.length >= 3 ? or(byText, sql`${customers.phone} like ${`%${digits}%`}`) : byText;
}

function filterConditions(workspaceId: string, f: CustomerFilters): SQL[] {
  const where: SQL[] = [];
  if (f.doNotCall) where.push(eq(customers.doNotCall, true));
  if (f.unverified) where.push(eq(customers.verified, false));
  if (f.openCallback) {
    where.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(callbackTasks)
          .where(
            and(eq(callbackTasks.workspaceId, workspaceId), eq(callbackTasks.customerId, customers.id), isNull(callbackTasks.completedAt)),
          ),
      ),
    );
  }
  if (f.paymentPromised) {
    where.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(calls)
          .where(and(eq(calls.workspaceId, workspaceId), eq(calls.customerId, customers.id), eq(calls.outcomeType, "payment_promised"))),
      ),
    );
  }
  return where;
}

/**
 * One page of the workspace's customers by name, with a keyset cursor on (name, id): page 500 costs
 * what page 1 does. Reads one row more than asked to know whether another page follows.
 */
export async function listCustomersPage(
  {
    workspaceId,
    query = "",
    filters = {},
    cursor = null,
    limit = 50,
  }: { workspaceId: string; query?: string; filters?: CustomerFilters; cursor?: CustomerCursor | null; limit?: number },
  tx: DbOrTx = db,
) {
  const backwards = cursor?.direction === "prev";
  const keyset = cursor
    ? backwards
      ? sql`(${customers.name}, ${customers.id}) < (${cursor.name}, ${cursor.id})`
      : sql`(${customers.name}, ${customers.id}) > (${cursor.name}, ${cursor.id})`
    : undefined;
  const rows = await tx
    .select({
      id: customers.id,
      name: customers.name,
      preferredName: customers.preferredName,
      phone: customers.phone,
      email: customers.email,
      address: customers.address,
      doNotCall: customers.doNotCall,
      verified: customers.verified,
    })
    .from(customers)
    .where(
      and(
        eq(customers.workspaceId, workspaceId),
        isNull(customers.mergedIntoId),
        customerSearchCondition(query),
        keyset,
        ...filterConditions(workspaceId, filters),
      ),
    )
    .orderBy(...(backwards ? [desc(customers.name), desc(customers.id)] : [asc(customers.name), asc(customers.id)]))
    .limit(limit + 1);
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  if (backwards) page.reverse();
  return {
    rows: page,
    hasNext: backwards ? Boolean(cursor) : more,
    hasPrev: backwards ? more : Boolean(cursor),
  };
}

export type CustomerListRow = Awaited<ReturnType<typeof listCustomersPage>>["rows"][number];
