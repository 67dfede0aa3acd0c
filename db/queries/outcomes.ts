import { and, eq, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { appointments, attentionItems, callbackTasks, calls, customers, transcripts, type Utterance } from "@/db/schema";
import type { AttentionKind } from "@/db/schema/enums";

type Scope = { workspaceId: string; callId: string };

/** Idempotent: a replayed or reclassified outcome finds the task it already made. */
export async function createCallbackTask(
  { workspaceId, callId, customerId, callbackAt, notes }: Scope & { customerId: string; callbackAt: Date | null; notes: string | null },
  tx: DbOrTx = db,
) {
  await tx
    .insert(callbackTasks)
    .values({ workspaceId, sourceCallId: callId, customerId, callbackAt, notes })
    .onConflictDoNothing({ target: callbackTasks.sourceCallId });
}

export async function recordAppointment(
  {
    workspaceId,
    callId,
    customerId,
    providerAppointmentId,
    startsAt,
    endsAt = null,
    overCapacity = false,
    notes,
  }: Scope & {
    customerId: string;
    providerAppointmentId: string | null;
    startsAt: Date | null;
    endsAt?: Date | null;
    overCapacity?: boolean;
    notes: string | null;
  },
  tx: DbOrTx = db,
) {
  // Null when the call's appointment was already recorded (a replayed or reclassified outcome).
  const [row] = await tx
    .insert(appointments)
    .values({ workspaceId, sourceCallId: callId, customerId, providerAppointmentId, startsAt, endsAt, overCapacity, notes })
    .onConflictDoNothing({ target: appointments.sourceCallId })
    .returning({ id: appointments.id });
  return row ?? null;
}

/** A do-not-call flag is only ever added here, never removed: the first date and reason stay. */
export async function flagDoNotCall(
  { workspaceId, customerId, reason, at }: { workspaceId: string; customerId: string; reason: string; at: Date },
  tx: DbOrTx = db,
) {
  await tx
    .update(customers)
    .set({ doNotCall: true, doNotCallReason: reason, doNotCallAt: at, updatedAt: new Date() })
    .where(and(eq(customers.workspaceId, workspaceId), eq(customers.id, customerId), eq(customers.doNotCall, false)));
}

export async function openAttentionItem(
  { workspaceId, callId, kind, detail }: Scope & { kind: AttentionKind; detail: string | null },
  tx: DbOrTx = db,
) {
  await tx
    .insert(attentionItems)
    .values({ workspaceId, callId, kind, detail })
    .onConflictDoNothing({ target: [attentionItems.callId, attentionItems.kind] });
}

/** The transcript, and its words on the call for the outcomes search (calls_search_idx). */
export async function saveTranscript({ workspaceId, callId, utterances }: Scope & { utterances: Utterance[] }, tx: DbOrTx = db) {
  await tx
    .insert(transcripts)
    .values({ workspaceId, callId, utterances })
    .onConflictDoUpdate({ target: transcripts.callId, set: { utterances, fetchedAt: sql`now()` } });
  await tx
    .update(calls)
    .set({ transcriptDocument: sql`to_tsvector('english', ${JSON.stringify(utterances)}::jsonb)` })
    .where(and(eq(calls.workspaceId, workspaceId), eq(calls.id, callId)));
}
