import { and, asc, eq } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import {
  appointments,
  assistants,
  attentionItems,
  callEvents,
  callbackTasks,
  calls,
  customers,
  transcripts,
  users,
  webhookEvents,
} from "@/db/schema";

/** Everything the call detail page shows, read in parallel, all scoped to the workspace. */
export async function getCallDetail({ workspaceId, callId }: { workspaceId: string; callId: string }, tx: DbOrTx = db) {
  const [row] = await tx
    .select({ call: calls, customer: customers, assistant: assistants, placedByName: users.name })
    .from(calls)
    .innerJoin(customers, eq(customers.id, calls.customerId))
    .innerJoin(assistants, eq(assistants.id, calls.assistantId))
    .leftJoin(users, eq(users.id, calls.placedBy))
    .where(and(eq(calls.workspaceId, workspaceId), eq(calls.id, callId)))
    .limit(1);
  if (!row) return null;

  const [appEvents, providerEvents, transcript, appointment, callbackTask, attention] = await Promise.all([
    tx
      .select()
      .from(callEvents)
      .where(and(eq(callEvents.workspaceId, workspaceId), eq(callEvents.callId, callId)))
      .orderBy(asc(callEvents.id)),
    tx
      .select()
      .from(webhookEvents)
      .where(and(eq(webhookEvents.workspaceId, workspaceId), eq(webhookEvents.callId, callId)))
      .orderBy(asc(webhookEvents.occurredAt), asc(webhookEvents.receivedAt)),
    tx
      .select()
      .from(transcripts)
      .where(and(eq(transcripts.workspaceId, workspaceId), eq(transcripts.callId, callId)))
      .limit(1),
    tx
      .select()
      .from(appointments)
      .where(and(eq(appointments.workspaceId, workspaceId), eq(appointments.sourceCallId, callId)))
      .limit(1),
    tx
      .select()
      .from(callbackTasks)
      .where(and(eq(callbackTasks.workspaceId, workspaceId), eq(callbackTasks.sourceCallId, callId)))
      .limit(1),
    tx
      .select()
      .from(attentionItems)
      .where(and(eq(attentionItems.workspaceId, workspaceId), eq(attentionItems.callId, callId))),
  ]);

  return {
    ...row,
    appEvents,
    providerEvents,
    transcript: transcript[0] ?? null,
    appointment: appointment[0] ?? null,
    callbackTask: callbackTask[0] ?? null,
    attention,
  };
}

export type CallDetail = NonNullable<Awaited<ReturnType<typeof getCallDetail>>>;
