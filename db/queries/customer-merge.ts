import { and, eq, inArray, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { appointments, callbackTasks, calls, customerNotes, customers, doNotCallEntries, missedCalls } from "@/db/schema";

type Pair = { workspaceId: string; fromId: string; toId: string };

/** Both records, locked in id order so two merges of the same pair cannot deadlock. */
export async function lockCustomersForMerge({ workspaceId, ids }: { workspaceId: string; ids: string[] }, tx: DbOrTx = db) {
  return tx
    .select()
    .from(customers)
    .where(and(eq(customers.workspaceId, workspaceId), inArray(customers.id, ids)))
    .orderBy(customers.id)
    .for("update");
}

/**
 * Moves every row that names `fromId` to `toId`, table by table, and says how many moved. Runs
 * inside the merge's transaction: the history moves whole or not at all.
 */
export async function moveCustomerHistory({ workspaceId, fromId, toId }: Pair, tx: DbOrTx = db) {
  const count = (rows: unknown[]) => rows.length;
  const calls_ = await tx
    .update(calls)
    .set({ customerId: toId })
    .where(and(eq(calls.workspaceId, workspaceId), eq(calls.customerId, fromId)))
    .returning({ id: calls.id });
  const missed = await tx
    .update(missedCalls)
    .set({ customerId: toId })
    .where(and(eq(missedCalls.workspaceId, workspaceId), eq(missedCalls.customerId, fromId)))
    .returning({ id: missedCalls.id });
  const callbacks = await tx
    .update(callbackTasks)
    .set({ customerId: toId })
    .where(and(eq(callbackTasks.workspaceId, workspaceId), eq(callbackTasks.customerId, fromId)))
    .returning({ id: callbackTasks.id });
  const booked = await tx
    .update(appointments)
    .set({ customerId: toId })
    .where(and(eq(appointments.workspaceId, workspaceId), eq(appointments.customerId, fromId)))
    .returning({ id: appointments.id });
  const notes = await tx
    .update(customerNotes)
    .set({ customerId: toId })
    .where(and(eq(customerNotes.workspaceId, workspaceId), eq(customerNotes.customerId, fromId)))
    .returning({ id: customerNotes.id });
  // Register entries keep their number and reason; only the customer they point at changes.
  const doNotCall = await tx
    .update(doNotCallEntries)
    .set({ customerId: toId })
    .where(and(eq(doNotCallEntries.workspaceId, workspaceId), eq(doNotCallEntries.customerId, fromId)))
    .returning({ id: doNotCallEntries.id });
  // Records merged into the one going away now point at the survivor: one hop for every old link.
  await tx
    .update(customers)
    .set({ mergedIntoId: toId })
    .where(and(eq(customers.workspaceId, workspaceId), eq(customers.mergedIntoId, fromId)));
  return {
    calls: count(calls_),
    missedCalls: count(missed),
    callbacks: count(callbacks),
    appointments: count(booked),
    notes: count(notes),
    doNotCallEntries: count(doNotCall),
  };
}

export type MovedHistory = Awaited<ReturnType<typeof moveCustomerHistory>>;

export async function markCustomerMerged({ workspaceId, fromId, toId, by }: Pair & { by: string }, tx: DbOrTx = db) {
  await tx
    .update(customers)
    .set({ mergedIntoId: toId, mergedAt: sql`now()`, mergedBy: by, updatedAt: sql`now()` })
    .where(and(eq(customers.workspaceId, workspaceId), eq(customers.id, fromId)));
}

/** How much history each record holds, for the merge page's side-by-side view. */
export async function countCustomerHistory({ workspaceId, customerId }: { workspaceId: string; customerId: string }, tx: DbOrTx = db) {
  const one = (table: typeof calls | typeof missedCalls | typeof callbackTasks | typeof appointments | typeof customerNotes) =>
    tx
      .select({ n: sql<number>`count(*)::int` })
      .from(table)
      .where(and(eq(table.workspaceId, workspaceId), eq(table.customerId, customerId)))
      .then((r) => r[0]?.n ?? 0);
  const [c, m, cb, a, n] = await Promise.all([one(calls), one(missedCalls), one(callbackTasks), one(appointments), one(customerNotes)]);
  return { calls: c, missedCalls: m, callbacks: cb, appointments: a, notes: n };
}
