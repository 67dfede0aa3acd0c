// Test support for the outcomes tests: small factories for calls with exactly the fields a
// report reads. Never imported by the app.
import { db } from "@/db";
import { saveTranscript } from "@/db/queries/outcomes";
import { callbackTasks, calls, type Workspace } from "@/db/schema";
import { callValues } from "@/db/testing/call-factory";
import { createCustomer } from "@/db/testing/factories";
import { wallTimeToInstant } from "@/lib/time/zoned";

export type CallFields = Partial<typeof calls.$inferInsert> & {
  /** Local wall time in the workspace's zone, "2026-03-20T10:00". */
  at: string;
  assistantId: string;
};

export async function addCall(ws: Workspace, fields: CallFields) {
  const { at, ...rest } = fields;
  const customer = await createCustomer(ws, { name: rest.customerName ?? "Pat Fixture" });
  const [row] = await db
    .insert(calls)
    .values(
      callValues(
        ws,
        { customer, assistantId: rest.assistantId },
        { status: "completed", createdAt: wallTimeToInstant(at, ws.timeZone), ...rest },
      ),
    )
    .returning();
  return row;
}

export async function addCallbackTask(ws: Workspace, call: { id: string; customerId: string }, completed = false) {
  await db.insert(callbackTasks).values({
    workspaceId: ws.id,
    customerId: call.customerId,
    sourceCallId: call.id,
    completedAt: completed ? new Date() : null,
  });
}

export async function addTranscript(ws: Workspace, callId: string, text: string) {
  await saveTranscript({
    workspaceId: ws.id,
    callId,
    utterances: [
      { speaker: "assistant", text: "Hi, this is Summit Heating calling back.", start: 0, end: 2 },
      { speaker: "customer", text, start: 2, end: 6 },
    ],
  });
}
