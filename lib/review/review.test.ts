import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { and, eq } from "drizzle-orm";
import { openTestDatabase } from "@/db/testing/test-database";
import { createMember, createWorkspace } from "@/db/testing/factories";
import { createSentCall } from "@/db/testing/call-factory";
import type { CallOutcome, Workspace } from "@/db/schema";

let database: Awaited<ReturnType<typeof openTestDatabase>>;
before(async () => {
  database = await openTestDatabase();
});
after(() => database?.cleanup());

async function mods() {
  const [review, reclassify, reclassification, resolve, reviews, attention, { db }, schema] = await Promise.all([
    import("./review-call"),
    import("./reclassify-call"),
    import("./reclassification"),
    import("./resolve-attention"),
    import("@/db/queries/reviews"),
    import("@/db/queries/outcomes"),
    import("@/db/index"),
    import("@/db/schema"),
  ]);
  return { ...review, ...reclassify, ...reclassification, ...resolve, ...reviews, ...attention, db, ...schema };
}

/** A call the simulator finished with the given outcome (null: none reported). */
async function completedCall(ws: Workspace, outcome: CallOutcome | null) {
  return createSentCall(ws, {
    status: "completed",
    outcome,
    outcomeType: outcome?.type ?? null,
    needsReview: outcome === null,
    endedAt: new Date("2026-11-30T18:00:00Z"),
  });
}

const aiOutcome = { type: "information_provided", notes: "Explained tune-up pricing" };

test("reclassifying to callback_requested makes one callback task, keeps the AI's outcome and audits before and after", async () => {
  const m = await mods();
  const ws = await createWorkspace();
  const manager = await createMember(ws, "manager");
  const { call } = await completedCall(ws, aiOutcome);

  const first = await m.reclassifyCall(
    {
      callId: call.id,
      newType: "callback_requested",
      reason: "Customer asked for a call back at the end",
      notes: "Call after 5",
      callbackAt: "2026-12-02T17:00",
    },
    manager,
  );
  assert.deepEqual(first, { ok: true, data: { outcomeType: "callback_requested", from: "information_provided" } });

  const [row] = await m.db.select().from(m.calls).where(eq(m.calls.id, call.id));
  assert.equal(row.outcomeType, "callback_requested");
  assert.deepEqual(row.originalOutcome, aiOutcome);
  assert.equal(row.outcome?.callback_at, "2026-12-02T17:00:00-08:00");
  assert.equal(m.reclassificationOf(row.outcome)?.from, "information_provided");
  assert.equal(m.reclassificationOf(row.outcome)?.by, manager.user.id);
  const tasks = await m.db.select().from(m.callbackTasks).where(eq(m.callbackTasks.sourceCallId, call.id));
  assert.equal(tasks.length, 1);
  assert.equal(tasks[0].callbackAt?.toISOString(), "2026-12-03T01:00:00.000Z");
  assert.equal(tasks[0].notes, "Call after 5");

  // A second correction keeps the AI's outcome as the original, and the old effect stays.
  const second = await m.reclassifyCall({ callId: call.id, newType: "escalation_needed", reason: "Gas smell mentioned" }, manager);
  assert.equal(second.ok, true);
  const again = await m.reclassifyCall({ callId: call.id, newType: "callback_requested", reason: "Back to a callback" }, manager);
  assert.equal(again.ok, true);
  const [after2] = await m.db.select().from(m.calls).where(eq(m.calls.id, call.id));
  assert.deepEqual(after2.originalOutcome, aiOutcome);
  assert.equal(m.reclassificationOf(after2.outcome)?.from, "escalation_needed");
  assert.equal((await m.db.select().from(m.callbackTasks).where(eq(m.callbackTasks.sourceCallId, call.id))).length, 1);
  const items = await m.db.select().from(m.attentionItems).where(eq(m.attentionItems.callId, call.id));
  assert.deepEqual(
    items.map((i) => i.kind),
    ["escalation"],
  );

  const same = await m.reclassifyCall({ callId: call.id, newType: "callback_requested", reason: "Again" }, manager);
  assert.equal(same.ok, false);

  const audit = await m.db
    .select()
    .from(m.auditLog)
    .where(and(eq(m.auditLog.entityType, "call"), eq(m.auditLog.entityId, call.id)))
    .orderBy(m.auditLog.id);
  assert.deepEqual(
    audit.map((a) => a.action),
    ["call.reclassify", "call.reclassify", "call.reclassify"],
  );
  assert.ok(audit.every((a) => a.actorId === manager.user.id && a.workspaceId === ws.id));
  assert.equal(audit[0].before?.outcomeType, "information_provided");
  assert.deepEqual(audit[0].before?.outcome, aiOutcome);
  assert.equal(audit[0].after?.outcomeType, "callback_requested");
  assert.equal(audit[0].after?.reason, "Customer asked for a call back at the end");
  assert.equal(audit[1].before?.outcomeType, "callback_requested");
  assert.equal(audit[1].after?.outcomeType, "escalation_needed");
});

test("two managers reclassifying at once apply in turn: each audit's before is what the other left", async () => {
  const m = await mods();
  const ws = await createWorkspace();
  const [a, b] = [await createMember(ws, "manager"), await createMember(ws, "admin")];
  const { call } = await completedCall(ws, aiOutcome);
  const results = await Promise.all([
    m.reclassifyCall({ callId: call.id, newType: "callback_requested", reason: "A" }, a),
    m.reclassifyCall({ callId: call.id, newType: "not_interested", reason: "B" }, b),
  ]);
  assert.ok(results.every((r) => r.ok));
  const audit = await m.db.select().from(m.auditLog).where(eq(m.auditLog.entityId, call.id)).orderBy(m.auditLog.id);
  assert.equal(audit[0].before?.outcomeType, "information_provided");
  assert.equal(audit[1].before?.outcomeType, audit[0].after?.outcomeType);
  const [row] = await m.db.select().from(m.calls).where(eq(m.calls.id, call.id));
  assert.deepEqual(row.originalOutcome, aiOutcome);
  assert.equal(row.outcomeType, audit[1].after?.outcomeType);
});

test("reclassifying to do_not_call flags the customer and adds the number to the register", async () => {
  const m = await mods();
  const ws = await createWorkspace();
  const manager = await createMember(ws, "manager");
  const { call, customer } = await completedCall(ws, { type: "not_interested" });
  const res = await m.reclassifyCall(
    { callId: call.id, newType: "do_not_call", reason: "They said to stop calling", notes: "Remove me" },
    manager,
  );
  assert.equal(res.ok, true);
  const [flagged] = await m.db.select().from(m.customers).where(eq(m.customers.id, customer.id));
  assert.equal(flagged.doNotCall, true);
  assert.equal(flagged.doNotCallAt?.toISOString(), "2026-11-30T18:00:00.000Z");
  const entries = await m.db.select().from(m.doNotCallEntries).where(eq(m.doNotCallEntries.sourceCallId, call.id));
  assert.equal(entries.length, 1);
  assert.equal(entries[0].phone, call.phoneNumber);
});

test("marking a call reviewed saves the review, takes it off the review queue and audits it once per change", async () => {
  const m = await mods();
  const ws = await createWorkspace();
  const manager = await createMember(ws, "manager");
  const admin = await createMember(ws, "admin");
  const { call } = await completedCall(ws, { type: "warranty_claim" });
  await m.db.update(m.calls).set({ needsReview: true }).where(eq(m.calls.id, call.id));
  await m.openAttentionItem({ workspaceId: ws.id, callId: call.id, kind: "needs_review", detail: "Unknown outcome type" });

  const res = await m.reviewCall(
    { callId: call.id, reviewed: true, rating: 4, note: "Handled well" },
    manager,
    new Date("2026-12-01T10:00:00Z"),
  );
  assert.deepEqual(res, { ok: true, data: { changed: true } });
  const [row] = await m.db.select().from(m.calls).where(eq(m.calls.id, call.id));
  assert.equal(row.reviewedAt?.toISOString(), "2026-12-01T10:00:00.000Z");
  assert.equal(row.reviewedBy, manager.user.id);
  assert.equal(row.rating, 4);
  assert.equal(row.reviewNote, "Handled well");
  assert.equal(row.needsReview, false);
  const [item] = await m.db.select().from(m.attentionItems).where(eq(m.attentionItems.callId, call.id));
  assert.ok(item.resolvedAt);
  assert.equal(item.resolvedBy, manager.user.id);
  assert.deepEqual(item.resolution, { action: "reviewed" });

  assert.deepEqual(await m.reviewCall({ callId: call.id, reviewed: true, rating: 4, note: "Handled well" }, admin), {
    ok: true,
    data: { changed: false },
  });
  await m.reviewCall({ callId: call.id, reviewed: true, note: "" }, admin);
  const [edited] = await m.db.select().from(m.calls).where(eq(m.calls.id, call.id));
  assert.equal(edited.reviewedBy, manager.user.id, "the first reviewer stays on record");
  assert.equal(edited.rating, null);
  assert.equal(edited.reviewNote, null);

  const view = await m.getReviewView({ workspaceId: ws.id, callId: call.id });
  assert.equal(view?.audit.length, 2);
  assert.equal(view?.reviewedByName, "Test User");
  const [latest, first] = view!.audit;
  assert.equal(latest.action, "call.review");
  assert.deepEqual(first.before, { reviewed: false, rating: null, note: null });
  assert.deepEqual(first.after, { reviewed: true, rating: 4, note: "Handled well" });
  assert.deepEqual(latest.after, { reviewed: true, rating: null, note: null });
  assert.equal(view?.timeZone, "America/Los_Angeles");
});

test("reclassifying a call that had no outcome resolves its review item and keeps 'no original' on a second pass", async () => {
  const m = await mods();
  const ws = await createWorkspace();
  const manager = await createMember(ws, "manager");
  const { call } = await completedCall(ws, null);
  await m.openAttentionItem({ workspaceId: ws.id, callId: call.id, kind: "needs_review", detail: "Completed without an outcome" });
  assert.equal(
    (await m.reclassifyCall({ callId: call.id, newType: "voicemail_left", reason: "Recording is a voicemail" }, manager)).ok,
    true,
  );
  assert.equal((await m.reclassifyCall({ callId: call.id, newType: "not_interested", reason: "Listened again" }, manager)).ok, true);
  const [row] = await m.db.select().from(m.calls).where(eq(m.calls.id, call.id));
  assert.equal(row.originalOutcome, null);
  assert.equal(row.needsReview, false);
  const [item] = await m.db.select().from(m.attentionItems).where(eq(m.attentionItems.callId, call.id));
  assert.deepEqual(item.resolution, { action: "reclassified", outcomeType: "voicemail_left" });
});

test("a call that is not completed cannot be reclassified", async () => {
  const m = await mods();
  const ws = await createWorkspace();
  const manager = await createMember(ws, "manager");
  const { call } = await createSentCall(ws, { status: "in_progress" });
  const res = await m.reclassifyCall({ callId: call.id, newType: "callback_requested", reason: "Too early" }, manager);
  assert.equal(res.ok, false);
  assert.equal((await m.db.select().from(m.callbackTasks).where(eq(m.callbackTasks.sourceCallId, call.id))).length, 0);
});

test("a call in another workspace is not found, and nothing is written", async () => {
  const m = await mods();
  const home = await createWorkspace();
  const other = await createWorkspace();
  const outsider = await createMember(other, "manager");
  const { call } = await completedCall(home, aiOutcome);
  const reclassified = await m.reclassifyCall({ callId: call.id, newType: "do_not_call", reason: "Not mine" }, outsider);
  const reviewed = await m.reviewCall({ callId: call.id, reviewed: true, note: "" }, outsider);
  assert.deepEqual(reclassified, { ok: false, error: "That call was not found in this workspace." });
  assert.deepEqual(reviewed, { ok: false, error: "That call was not found in this workspace." });
  const [row] = await m.db.select().from(m.calls).where(eq(m.calls.id, call.id));
  assert.equal(row.outcomeType, "information_provided");
  assert.equal(row.reviewedAt, null);
  assert.equal(await m.getReviewView({ workspaceId: other.id, callId: call.id }), null);
  assert.equal((await m.db.select().from(m.auditLog).where(eq(m.auditLog.entityId, call.id))).length, 0);
});

test("resolving an attention item records who, when and the note, once", async () => {
  const m = await mods();
  const ws = await createWorkspace();
  const other = await createWorkspace();
  const manager = await createMember(ws, "manager");
  const { call } = await completedCall(ws, { type: "mystery" });
  await m.db.update(m.calls).set({ needsReview: true }).where(eq(m.calls.id, call.id));
  await m.openAttentionItem({ workspaceId: ws.id, callId: call.id, kind: "needs_review", detail: "Unknown outcome type" });
  const [item] = await m.db.select().from(m.attentionItems).where(eq(m.attentionItems.callId, call.id));

  assert.equal(
    (await m.resolveAttention({ itemId: item.id, note: "Spoke to the customer" }, await createMember(other, "manager"))).ok,
    false,
  );
  assert.deepEqual(await m.resolveAttention({ itemId: item.id, note: "Spoke to the customer" }, manager), {
    ok: true,
    data: { callId: call.id },
  });
  assert.deepEqual(await m.resolveAttention({ itemId: item.id, note: "Twice" }, manager), {
    ok: false,
    error: "Someone already resolved this item.",
  });

  const [resolved] = await m.db.select().from(m.attentionItems).where(eq(m.attentionItems.id, item.id));
  assert.equal(resolved.resolvedBy, manager.user.id);
  assert.deepEqual(resolved.resolution, { action: "resolved", note: "Spoke to the customer" });
  const [row] = await m.db.select().from(m.calls).where(eq(m.calls.id, call.id));
  assert.equal(row.needsReview, false);
  const audit = await m.db.select().from(m.auditLog).where(eq(m.auditLog.entityId, call.id));
  assert.equal(audit.length, 1);
  assert.equal(audit[0].action, "attention.resolve");
  assert.equal(audit[0].actorId, manager.user.id);
  assert.deepEqual(audit[0].after, { kind: "needs_review", resolved: true, note: "Spoke to the customer" });
});
