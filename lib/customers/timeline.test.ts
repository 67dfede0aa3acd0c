import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { openTestDatabase } from "@/db/testing/test-database";
import { createAssistant, createCustomer, createMember, createWorkspace } from "@/db/testing/factories";
import type { Workspace } from "@/db/schema";

// Integration: the profile timeline from a real database (PGlite, or PostgreSQL with DATABASE_URL).
let database: Awaited<ReturnType<typeof openTestDatabase>>;
before(async () => {
  database = await openTestDatabase();
});
after(() => database?.cleanup());

const at = (iso: string) => new Date(iso);

async function callRow(ws: Workspace, customerId: string, assistantId: string, key: string, extra: Record<string, unknown>) {
  const { db } = await import("@/db");
  const { calls } = await import("@/db/schema");
  const [row] = await db
    .insert(calls)
    .values({
      workspaceId: ws.id,
      customerId,
      assistantId,
      purpose: "collections",
      phoneNumber: "+13105550180",
      customerName: "Maria Garcia",
      context: {},
      maxDuration: 300,
      recordCall: false,
      webhookUrl: "http://127.0.0.1:9/",
      idempotencyKey: `${ws.id}-${key}`,
      requestBody: {},
      status: "completed",
      ...extra,
    })
    .returning();
  return row;
}

test("one timeline of every source, newest first, without another workspace's rows", async () => {
  const { db } = await import("@/db");
  const { appointments, callbackTasks, customerNotes, doNotCallEntries, missedCalls } = await import("@/db/schema");
  const { loadCustomerTimelineSources } = await import("@/db/queries/customer-timeline");
  const { buildTimeline } = await import("./timeline");
  const ws = await createWorkspace();
  const member = await createMember(ws);
  const assistant = await createAssistant(ws);
  const c = await createCustomer(ws, { phone: "+13105550180" });
  const neighbour = await createCustomer(ws, { name: "Neighbour", phone: "+13105550181" });

  const paid = await callRow(ws, c.id, assistant.id, "1", {
    createdAt: at("2026-11-02T17:00:00Z"),
    endedAt: at("2026-11-02T17:05:00Z"),
    outcomeType: "payment_promised",
    outcome: { type: "payment_promised", amount: 249.5, promised_date: "2026-11-09" },
    aiSummary: "Promised to pay the invoice",
    reviewedAt: at("2026-11-03T09:00:00Z"),
    rating: 4,
    reviewNote: "Good call",
  });
  const booked = await callRow(ws, c.id, assistant.id, "2", { createdAt: at("2026-11-05T16:00:00Z"), outcomeType: "callback_requested" });
  await callRow(ws, neighbour.id, assistant.id, "3", { createdAt: at("2026-11-06T16:00:00Z") });
  await db.insert(missedCalls).values({
    workspaceId: ws.id,
    externalId: "m1",
    fromPhone: c.phone,
    occurredAt: at("2026-11-01T15:00:00Z"),
    customerId: c.id,
    reason: "after_hours",
  });
  await db.insert(callbackTasks).values({
    workspaceId: ws.id,
    customerId: c.id,
    sourceCallId: booked.id,
    notes: "Call after 5",
    createdAt: at("2026-11-05T16:10:00Z"),
  });
  await db.insert(appointments).values({
    workspaceId: ws.id,
    customerId: c.id,
    sourceCallId: paid.id,
    startsAt: at("2026-11-10T17:00:00Z"),
    createdAt: at("2026-11-02T17:04:00Z"),
  });
  await db.insert(customerNotes).values({
    workspaceId: ws.id,
    customerId: c.id,
    body: "Gate code 1234",
    createdBy: member.user.id,
    createdAt: at("2026-11-07T10:00:00Z"),
  });
  // Entered by number in Settings before anyone linked it to the customer: it still counts.
  await db.insert(doNotCallEntries).values({
    workspaceId: ws.id,
    phone: c.phone,
    customerId: null,
    source: "manual",
    reason: "Letter",
    createdAt: at("2026-11-08T10:00:00Z"),
  });

  const other = await createWorkspace();
  const otherCustomer = await createCustomer(other, { phone: "+13105550180" });
  await db
    .insert(doNotCallEntries)
    .values({ workspaceId: other.id, phone: c.phone, customerId: otherCustomer.id, source: "manual", reason: "Theirs" });

  const sources = await loadCustomerTimelineSources({ workspaceId: ws.id, customerId: c.id, phone: c.phone });
  const timeline = buildTimeline(sources, "America/Los_Angeles");
  assert.deepEqual(
    timeline.map((e) => [e.kind, e.at]),
    [
      ["do_not_call", "2026-11-08T10:00:00.000Z"],
      ["note", "2026-11-07T10:00:00.000Z"],
      ["callback", "2026-11-05T16:10:00.000Z"],
      ["call", "2026-11-05T16:00:00.000Z"],
      ["review", "2026-11-03T09:00:00.000Z"],
      ["payment", "2026-11-02T17:05:00.000Z"],
      ["appointment", "2026-11-02T17:04:00.000Z"],
      ["call", "2026-11-02T17:00:00.000Z"],
      ["missed", "2026-11-01T15:00:00.000Z"],
    ],
  );
  const byKind = Object.fromEntries(timeline.map((e) => [e.kind, e]));
  assert.equal(byKind.payment.title, "$249.50 promised");
  assert.equal(byKind.payment.detail, "Due 2026-11-09");
  assert.equal(byKind.review.title, "Call reviewed · 4 of 5");
  assert.equal(byKind.note.by, "Test User");
  assert.equal(byKind.appointment.detail, "For Nov 10, 2026, 9:00 AM");
  assert.equal(timeline.at(-2)?.href, `/calls/${paid.id}`);
  assert.equal(timeline.at(-2)?.detail, "Promised to pay the invoice");

  const theirs = await loadCustomerTimelineSources({ workspaceId: other.id, customerId: c.id, phone: c.phone });
  assert.deepEqual(
    buildTimeline(theirs, "UTC").map((e) => e.detail),
    ["Theirs"],
    "another workspace sees only its own register entry for the number",
  );
});
