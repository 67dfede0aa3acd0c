import { and, desc, eq, ilike, lt, or, sql, type SQL } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { assistants, calls, users } from "@/db/schema";
import type { CallPurpose, CallStatus } from "@/db/schema/enums";
import { phoneDigits } from "@/lib/phone-digits";

/** Where the previous page ended: the last call's creation time and id (ties broken by id). */
export type CallsCursor = { at: Date; id: string };

export type CallsListFilters = { q?: string; status?: CallStatus; purpose?: CallPurpose };

/**
 * The calls list, newest first, a page at a time by keyset (never OFFSET, so page 50 costs what
 * page 1 does): by customer name or phone number (any part, any format), status and purpose.
 * Returns one row more than asked for, so the caller knows whether an older page exists.
 */
export async function listCallsPage(
  { workspaceId, filters, before, limit = 50 }: { workspaceId: string; filters: CallsListFilters; before?: CallsCursor; limit?: number },
  tx: DbOrTx = db,
) {
  const where: (SQL | undefined)[] = [eq(calls.workspaceId, workspaceId)];
  const q = filters.q?.trim();
  if (q) {
    const digits = phoneDigits(q);
    const escaped = q.replace(/[\\%_]/g, (c) => `\\${c}`);
    where.push(digits ? sql`${calls.phoneNumber} like ${`%${digits}%`}` : ilike(calls.customerName, `%${escaped}%`));
  }
  if (filters.status) where.push(eq(calls.status, filters.status));
  if (filters.purpose) where.push(eq(calls.purpose, filters.purpose));
  if (before) where.push(or(lt(calls.createdAt, before.at), and(eq(calls.createdAt, before.at), lt(calls.id, before.id))));
  const rows = await tx
    .select({
      id: calls.id,
      createdAt: calls.createdAt,
      status: calls.status,
      purpose: calls.purpose,
      phoneNumber: calls.phoneNumber,
      customerName: calls.customerName,
      customerId: calls.customerId,
      providerCallId: calls.providerCallId,
      lastError: calls.lastError,
      assistantName: assistants.name,
      placedByName: users.name,
    })
    .from(calls)
    .innerJoin(assistants, eq(assistants.id, calls.assistantId))
    .leftJoin(users, eq(users.id, calls.placedBy))
    .where(and(...where))
    .orderBy(desc(calls.createdAt), desc(calls.id))
    .limit(limit + 1);
  const hasOlder = rows.length > limit;
  const page = hasOlder ? rows.slice(0, limit) : rows;
  const last = page.at(-1);
  return { rows: page, next: hasOlder && last ? ({ at: last.createdAt, id: last.id } satisfies CallsCursor) : null };
}

export type CallsListRow = Awaited<ReturnType<typeof listCallsPage>>["rows"][number];
