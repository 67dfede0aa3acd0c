import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, test } from "node:test";
import { eq } from "drizzle-orm";
import { startDatabaseAndSimulator } from "@/db/testing/provider-env";
import { createAssistant, createCustomer, createMember, createWorkspace } from "@/db/testing/factories";
import { zoneWhereItIs } from "@/lib/time/zone-at-hour";
import type { HubEvent } from "@/lib/live/fanout-hub";
import type { MissedCallItem } from "./item";

// Integration: "Call back now" through the real place-call path, a real database and the
// simulator over HTTP; and the live hub seeing the claim.
let env: Awaited<ReturnType<typeof startDatabaseAndSimulator>>;

before(async () => {
  env = await startDatabaseAndSimulator();
});

after(() => env?.cleanup());

async function modules() {
  const [{ callBackNow }, { db }, schema, queries, { missedHub }] = await Promise.all([
    import("./call-back-now"),
    import("@/db"),
    import("@/db/schema"),
    import("@/db/queries/missed-calls"),
    import("./live-hub"),
  ]);
  return { callBackNow, db, ...schema, ...queries, missedHub };
}

async function scenario({ hour = 12, withDefault = true } = {}) {
  const { db, workspaces, insertMissedCall } = await modules();
  let workspace = await createWorkspace();
  const assistant = await createAssistant(workspace, { providerAssistantId: "asst_callback_001" });
  if (withDefault) {
    [workspace] = await db
      .update(workspaces)
      .set({ defaultCallbackAssistantId: assistant.id })
      .where(eq(workspaces.id, workspace.id))
      .returning();
  }
  const customer = await createCustomer(workspace, { phone: "+13105550144", timeZone: zoneWhereItIs(hour) });
  const missed = await insertMissedCall({
    workspaceId: workspace.id,
    externalId: `pbx-${randomUUID()}`,
    fromPhone: customer.phone,
    toPhone: null,
    occurredAt: new Date(Date.now() - 20 * 60_000),
    callerName: "John Smith",
    reason: "after_hours",
    voicemailUrl: null,
    customerId: customer.id,
  });
  const [dana, sam] = [await createMember(workspace), await createMember(workspace)];
  const actor = (m: typeof dana) => ({ workspace, userId: m.user.id });
  return { workspace, missedCallId: missed!.id, dana, sam, actor };
}

test("without a default callback assistant nothing is placed and the refusal says so", async () => {
  const { callBackNow, getMissedCall } = await modules();
  const { workspace, missedCallId, dana, actor } = await scenario({ withDefault: false });
  const result = await callBackNow({ missedCallId, requestKey: randomUUID() }, actor(dana));
  assert.equal(result.ok, false);
  assert.equal(!result.ok && result.code, "no_default_assistant");
  assert.equal((await getMissedCall({ workspaceId: workspace.id, id: missedCallId }))?.status, "open");
});

test("the first dispatcher claims the missed call; the second is told who has it", async () => {
  const { callBackNow, getMissedCall, missedHub, db, calls } = await modules();
  const { workspace, missedCallId, dana, sam, actor } = await scenario();
  const events: HubEvent<MissedCallItem>[] = [];
  const unsubscribe = await missedHub().subscribe(
    workspace.id,
    (e) => events.push(e),
    () => {},
  );

  const first = await callBackNow({ missedCallId, requestKey: randomUUID() }, actor(dana));
  assert.ok(first.ok, JSON.stringify(first));
  const row = await getMissedCall({ workspaceId: workspace.id, id: missedCallId });
  assert.equal(row?.status, "calling");
  assert.equal(row?.callId, first.data.id);
  const [call] = await db.select().from(calls).where(eq(calls.id, first.data.id));
  assert.equal(call.purpose, "callback");
  assert.equal(call.context.callbackReason, "Returning a missed call");
  assert.match(call.context.previousInteraction ?? "", /, we were closed$/);

  const second = await callBackNow({ missedCallId, requestKey: randomUUID() }, actor(sam));
  assert.equal(!second.ok && second.code, "already_claimed");
  assert.match(!second.ok ? second.error : "", /Test User is already calling back/);

  // The claim rode on the call's own NOTIFY; the hub turned it into a missed-call event.
  for (let i = 0; i < 50 && !events.some((e) => e.payload.status === "calling"); i++) await new Promise((r) => setTimeout(r, 20));
  unsubscribe();
  assert.ok(events.some((e) => e.payload.id === missedCallId && e.payload.status === "calling" && e.payload.claimedByName === "Test User"));
});

test("outside calling hours the offer comes back, and accepting it holds the call and claims the item", async () => {
  const { callBackNow, getMissedCall } = await modules();
  const { workspace, missedCallId, dana, actor } = await scenario({ hour: 2 });
  const requestKey = randomUUID();
  const refused = await callBackNow({ missedCallId, requestKey }, actor(dana));
  assert.equal(!refused.ok && refused.code, "outside_calling_hours");
  assert.ok(!refused.ok && refused.allowedAt);
  assert.equal((await getMissedCall({ workspaceId: workspace.id, id: missedCallId }))?.status, "open");

  const held = await callBackNow({ missedCallId, requestKey, scheduleIfOutsideHours: true }, actor(dana));
  assert.ok(held.ok, JSON.stringify(held));
  assert.equal(held.data.status, "scheduled");
  assert.equal((await getMissedCall({ workspaceId: workspace.id, id: missedCallId }))?.status, "calling");
});

test("only an open missed call can be dismissed", async () => {
  const { callBackNow, dismissMissedCall, getMissedCall } = await modules();
  const { workspace, missedCallId, dana, actor } = await scenario();
  const other = await scenario();
  assert.ok((await callBackNow({ missedCallId: other.missedCallId, requestKey: randomUUID() }, other.actor(other.dana))).ok);
  assert.equal(
    await dismissMissedCall({ workspaceId: other.workspace.id, id: other.missedCallId, userId: other.dana.user.id, reason: "Spam" }),
    null,
  );

  assert.ok(await dismissMissedCall({ workspaceId: workspace.id, id: missedCallId, userId: dana.user.id, reason: "Wrong number" }));
  const row = await getMissedCall({ workspaceId: workspace.id, id: missedCallId });
  assert.equal(row?.status, "dismissed");
  assert.equal(row?.dismissedReason, "Wrong number");
  const again = await callBackNow({ missedCallId, requestKey: randomUUID() }, actor(dana));
  assert.equal(!again.ok && again.code, "already_claimed");
});
