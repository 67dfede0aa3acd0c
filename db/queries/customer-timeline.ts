import { and, desc, eq, or } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { appointments, callbackTasks, calls, customerNotes, doNotCallEntries, missedCalls, users } from "@/db/schema";

type Key = { workspaceId: string; customerId: string; phone: string; limit?: number };

/**
 * Everything that happened with one customer, one query per source (each served by a
 * (workspace, customer, time) index), newest first. Each source is capped at `limit` rows, so the
 * merged list is exact for its newest `limit` entries.
 */
export async function loadCustomerTimelineSources({ workspaceId, customerId, phone, limit = 200 }: Key, tx: DbOrTx = db) {
  const [callRows, missedRows, callbackRows, appointmentRows, noteRows, doNotCallRows] = await Promise.all([
    tx
      .select({
        id: calls.id,
        createdAt: calls.createdAt,
        endedAt: calls.endedAt,
        status: calls.status,
        purpose: calls.purpose,
        outcomeType: calls.outcomeType,
        outcome: calls.outcome,
        aiSummary: calls.aiSummary,
        reviewedAt: calls.reviewedAt,
        rating: calls.rating,
        reviewNote: calls.reviewNote,
      })
      .from(calls)
      .where(and(eq(calls.workspaceId, workspaceId), eq(calls.customerId, customerId)))
      .orderBy(desc(calls.createdAt))
      .limit(limit),
    tx
      .select({
        id: missedCalls.id,
        occurredAt: missedCalls.occurredAt,
        reason: missedCalls.reason,
        status: missedCalls.status,
        callId: missedCalls.callId,
      })
      .from(missedCalls)
      .where(and(eq(missedCalls.workspaceId, workspaceId), eq(missedCalls.customerId, customerId)))
      .orderBy(desc(missedCalls.occurredAt))
      .limit(limit),
    tx
      .select({
        id: callbackTasks.id,
        createdAt: callbackTasks.createdAt,
        callbackAt: callbackTasks.callbackAt,
        notes: callbackTasks.notes,
        sourceCallId: callbackTasks.sourceCallId,
        completedAt: callbackTasks.completedAt,
      })
      .from(callbackTasks)
      .where(and(eq(callbackTasks.workspaceId, workspaceId), eq(callbackTasks.customerId, customerId)))
      .orderBy(desc(callbackTasks.createdAt))
      .limit(limit),
    tx
      .select({
        id: appointments.id,
        createdAt: appointments.createdAt,
        startsAt: appointments.startsAt,
        notes: appointments.notes,
        sourceCallId: appointments.sourceCallId,
      })
      .from(appointments)
      .where(and(eq(appointments.workspaceId, workspaceId), eq(appointments.customerId, customerId)))
      .orderBy(desc(appointments.createdAt))
      .limit(limit),
    tx
      .select({ id: customerNotes.id, createdAt: customerNotes.createdAt, body: customerNotes.body, byName: users.name })
      .from(customerNotes)
      .leftJoin(users, eq(users.id, customerNotes.createdBy))
      .where(and(eq(customerNotes.workspaceId, workspaceId), eq(customerNotes.customerId, customerId)))
      .orderBy(desc(customerNotes.createdAt))
      .limit(limit),
    tx
      .select({
        id: doNotCallEntries.id,
        createdAt: doNotCallEntries.createdAt,
        phone: doNotCallEntries.phone,
        source: doNotCallEntries.source,
        reason: doNotCallEntries.reason,
        sourceCallId: doNotCallEntries.sourceCallId,
        annotations: doNotCallEntries.annotations,
        byName: users.name,
      })
      .from(doNotCallEntries)
      .leftJoin(users, eq(users.id, doNotCallEntries.createdBy))
      // The register is by number: an entry added for the number before this record existed counts.
      .where(
        and(
          eq(doNotCallEntries.workspaceId, workspaceId),
          or(eq(doNotCallEntries.customerId, customerId), eq(doNotCallEntries.phone, phone)),
        ),
      )
      .orderBy(desc(doNotCallEntries.createdAt))
      .limit(limit),
  ]);
  return { callRows, missedRows, callbackRows, appointmentRows, noteRows, doNotCallRows };
}

export type CustomerTimelineSources = Awaited<ReturnType<typeof loadCustomerTimelineSources>>;
