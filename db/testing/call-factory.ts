import { randomUUID } from "node:crypto";
import { db } from "@/db";
import { enqueueJob } from "@/db/queries/jobs";
import { calls, type Assistant, type Workspace } from "@/db/schema";
import { buildProviderRequest } from "@/lib/calls/provider-request";
import { createAssistant, createCustomer } from "./factories";

/** A calls row for `customer`, with what every call needs filled in; `overrides` wins. */
export function callValues(
  workspace: Pick<Workspace, "id">,
  { customer, assistantId }: { customer: { id: string; phone: string; name: string }; assistantId: string },
  overrides: Partial<typeof calls.$inferInsert> = {},
): typeof calls.$inferInsert {
  return {
    workspaceId: workspace.id,
    customerId: customer.id,
    assistantId,
    purpose: "callback",
    phoneNumber: customer.phone,
    customerName: customer.name,
    context: {},
    maxDuration: 600,
    recordCall: true,
    webhookUrl: "http://127.0.0.1:9/api/webhooks/provider",
    idempotencyKey: randomUUID(),
    requestBody: {},
    status: "queued",
    ...overrides,
  };
}

/** A call the provider has accepted, as placeCall would leave it. */
export async function createSentCall(workspace: Workspace, overrides: Partial<typeof calls.$inferInsert> = {}) {
  const assistant = await createAssistant(workspace);
  const customer = await createCustomer(workspace, { phone: `+1310555${String(Math.floor(Math.random() * 9000) + 1000)}` });
  const providerCallId = `call_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  const [call] = await db
    .insert(calls)
    .values(
      callValues(
        workspace,
        { customer, assistantId: assistant.id },
        { context: { callbackReason: "AC pricing" }, providerCallId, sentAt: new Date(), ...overrides },
      ),
    )
    .returning();
  return { call, customer, assistant, providerCallId };
}

/**
 * A call stored and waiting to be sent, with its send_call job due now, as placeCall leaves it
 * when the provider could not be reached: the request body is the contract's, ready to send.
 */
export async function createPendingCall(
  workspace: Workspace,
  {
    assistant,
    phone,
    webhookUrl = "http://127.0.0.1:9/api/webhooks/provider",
  }: { assistant: Assistant; phone: string; webhookUrl?: string },
) {
  const customer = await createCustomer(workspace, { phone });
  const values = {
    requestKey: randomUUID(),
    customerId: customer.id,
    phoneNumber: phone,
    purpose: "callback" as const,
    assistantId: assistant.id,
    context: { callbackReason: "Questions about AC maintenance pricing" },
    slots: [],
    maxDuration: 300,
    recordCall: false,
  };
  const requestBody = buildProviderRequest({
    values,
    phoneE164: phone,
    customer,
    providerAssistantId: assistant.providerAssistantId,
    timeZone: workspace.timeZone,
    webhookUrl,
  });
  return db.transaction(async (tx) => {
    const [call] = await tx
      .insert(calls)
      .values({
        workspaceId: workspace.id,
        customerId: customer.id,
        assistantId: assistant.id,
        purpose: "callback",
        phoneNumber: phone,
        customerName: customer.name,
        context: values.context,
        maxDuration: values.maxDuration,
        recordCall: false,
        webhookUrl,
        idempotencyKey: values.requestKey,
        requestBody: requestBody as unknown as Record<string, unknown>,
        status: "pending",
      })
      .returning();
    const jobId = await enqueueJob({ kind: "send_call", payload: { workspaceId: workspace.id, callId: call.id } }, tx);
    return { call, jobId };
  });
}
