import { randomUUID } from "node:crypto";
import { db } from "@/db";
import { calls, type Workspace } from "@/db/schema";
import { createAssistant, createCustomer } from "./factories";

/** A call the provider has accepted, as placeCall would leave it. */
export async function createSentCall(workspace: Workspace, overrides: Partial<typeof calls.$inferInsert> = {}) {
  const assistant = await createAssistant(workspace);
  const customer = await createCustomer(workspace, { phone: `+1310555${String(Math.floor(Math.random() * 9000) + 1000)}` });
  const providerCallId = `call_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  const [call] = await db
    .insert(calls)
    .values({
      workspaceId: workspace.id,
      customerId: customer.id,
      assistantId: assistant.id,
      purpose: "callback",
      phoneNumber: customer.phone,
      customerName: customer.name,
      context: { callbackReason: "AC pricing" },
      maxDuration: 600,
      recordCall: true,
      webhookUrl: "http://127.0.0.1:9/api/webhooks/provider",
      idempotencyKey: randomUUID(),
      requestBody: {},
      status: "queued",
      providerCallId,
      sentAt: new Date(),
      ...overrides,
    })
    .returning();
  return { call, customer, assistant, providerCallId };
}
