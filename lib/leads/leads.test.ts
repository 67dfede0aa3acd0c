import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, test } from "node:test";
import { and, eq } from "drizzle-orm";
import { startDatabaseAndSimulator } from "@/db/testing/provider-env";
import { createAssistant, createCustomer, createWorkspace } from "@/db/testing/factories";
import type { Workspace } from "@/db/schema";
import type { HubEvent } from "@/lib/live/fanout-hub";
import { zoneWhereItIs } from "@/lib/time/zone-at-hour";
import type { LeadItem } from "./item";

// Integration: the lead feed's POST with real Requests, the call job through the real place-call
// path, the simulator over HTTP, and the live hub.
let env: Awaited<ReturnType<typeof startDatabaseAndSimulator>>;

before(async () => {
  env = await startDatabaseAndSimulator();
});

after(() => env?.cleanup());

async function modules() {
  const [{ leadFeed }, { db }, schema, tokens, { mintIngestToken }, leads, { drainDueJobs }, { registerLeadJobs }, { leadHub }] =
    await Promise.all([
      import("./feed"),
      import("@/db"),
      import("@/db/schema"),
      import("@/db/queries/ingest-tokens"),
      import("@/lib/missed-calls/ingest-token"),
      import("@/db/queries/leads"),
      import("@/lib/jobs/worker"),
      import("./jobs"),
      import("./live-hub"),
    ]);
  registerLeadJobs();
  return { leadFeed, db, ...schema, ...tokens, mintIngestToken, ...leads, drainDueJobs, leadHub };
}

async function scenario({ hour = 12, withAssistant = true, phone = "+13105550166" } = {}) {
  const { db, workspaces, insertIngestToken, mintIngestToken } = await modules();
  let workspace: Workspace = await createWorkspace();
  const assistant = await createAssistant(workspace, { providerAssistantId: "asst_lead_001" });
  if (withAssistant) {
    [workspace] = await db.update(workspaces).set({ leadAssistantId: assistant.id }).where(eq(workspaces.id, workspace.id)).returning();
  }
  // A known customer on the number, in a zone where it is `hour` o'clock: calling hours are predictable.
  const customer = await createCustomer(workspace, { phone, timeZone: zoneWhereItIs(hour) });
  const minted = mintIngestToken();
  await insertIngestToken({
    workspaceId: workspace.id,
    name: "Web form",
    tokenHash: minted.tokenHash,
    prefix: minted.prefix,
    createdBy: null,
  });
  return { workspace, customer, token: minted.token };
}

const lead = (overrides: Record<string, unknown> = {}) => ({
  external_id: `web-${randomUUID()}`,
  name: "Dana Whitfield",
  phone: "(310) 555-0166",
  email: "dana@example.com",
  address: "12 Elm St, Pasadena CA",
  service_requested: "AC not cooling",
  source: "website",
  notes: "Mornings are best",
  ...overrides,
});

function post(body: unknown, token: string | null) {
  return new Request("http://127.0.0.1/api/v1/leads", {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
}

async function send(token: string | null, body: unknown) {
  const { leadFeed } = await modules();
  const jobs: number[] = [];
  const res = await leadFeed((id) => jobs.push(id))(post(body, token));
  return { res, json: (await res.json()) as Record<string, unknown> & { id: string }, jobs };
}

test("a lead is stored, called at once by the lead assistant with its details, and shown live", async () => {
  const { getLead, leadHub, db, calls, drainDueJobs } = await modules();
  const { workspace, customer, token } = await scenario();
  const events: HubEvent<LeadItem>[] = [];
  const unsubscribe = await leadHub().subscribe(
    workspace.id,
    (e) => events.push(e),
    () => {},
  );

  const { res, json, jobs } = await send(token, lead());
  assert.equal(res.status, 201);
  assert.equal(json.customer_id, customer.id);
  assert.equal(jobs.length, 1);
  assert.equal(await drainDueJobs(), 1);

  const row = await getLead({ workspaceId: workspace.id, id: json.id });
  assert.equal(row?.status, "calling");
  assert.ok(row?.callId);
  const [call] = await db.select().from(calls).where(eq(calls.id, row.callId));
  assert.notEqual(call.status, "scheduled");
  assert.equal(call.placedBy, null);
  assert.match(call.context.previousInteraction ?? "", /website.*AC not cooling.*12 Elm St.*Mornings are best/);
  for (let i = 0; i < 50 && !events.some((e) => e.payload.id === json.id && e.payload.status === "calling"); i++) {
    await new Promise((r) => setTimeout(r, 20));
  }
  assert.ok(
    events.some((e) => e.payload.id === json.id && e.payload.status === "calling"),
    "the claim streamed",
  );
  unsubscribe();
});

test("a replayed external id stores nothing new and starts no second call", async () => {
  const { db, leads, drainDueJobs } = await modules();
  const { workspace, token } = await scenario();
  const body = lead();
  const first = await send(token, body);
  const again = await send(token, body);
  assert.equal(again.res.status, 200);
  assert.equal(again.json.duplicate, true);
  assert.equal(again.json.id, first.json.id);
  assert.deepEqual(again.jobs, []);
  await drainDueJobs();
  assert.equal((await db.select().from(leads).where(eq(leads.workspaceId, workspace.id))).length, 1);
});

test("outside calling hours the call is held for the first allowed minute, which the lead shows", async () => {
  const { getLead, drainDueJobs } = await modules();
  const { workspace, token } = await scenario({ hour: 3, phone: "+13105550167" });
  const { json } = await send(token, lead({ phone: "+13105550167" }));
  await drainDueJobs();
  const row = await getLead({ workspaceId: workspace.id, id: json.id });
  assert.equal(row?.status, "calling");
  assert.equal(row?.callStatus, "scheduled");
  const at = row?.scheduledFor?.getTime() ?? 0;
  assert.ok(
    at > Date.now() + 4 * 3600_000 && at < Date.now() + 6 * 3600_000,
    `held until 8 AM their time: ${row?.scheduledFor?.toISOString()}`,
  );
});

test("without a lead assistant the lead waits for a person, with the reason", async () => {
  const { getLead, drainDueJobs } = await modules();
  const { workspace, token } = await scenario({ withAssistant: false, phone: "+13105550168" });
  const { json } = await send(token, lead({ phone: "+13105550168" }));
  await drainDueJobs();
  const row = await getLead({ workspaceId: workspace.id, id: json.id });
  assert.equal(row?.status, "open");
  assert.match(row?.autoCallNote ?? "", /no lead assistant/);
});

test("a do-not-call number is not called; the lead keeps the refusal", async () => {
  const { getLead, drainDueJobs, db, customers } = await modules();
  const { workspace, customer, token } = await scenario({ phone: "+13105550169" });
  await db.update(customers).set({ doNotCall: true, doNotCallReason: "asked" }).where(eq(customers.id, customer.id));
  const { json } = await send(token, lead({ phone: "+13105550169" }));
  await drainDueJobs();
  const row = await getLead({ workspaceId: workspace.id, id: json.id });
  assert.equal(row?.status, "open");
  assert.match(row?.autoCallNote ?? "", /do-not-call/);
});

test("bad requests are refused and kept with the reason", async () => {
  const { db, ingestRejections } = await modules();
  const { workspace, token } = await scenario({ phone: "+13105550170" });
  assert.equal((await send(null, lead())).res.status, 401);
  const bad = await send(token, lead({ phone: "not a phone" }));
  assert.equal(bad.res.status, 400);
  const rows = await db.select().from(ingestRejections).where(eq(ingestRejections.workspaceId, workspace.id));
  assert.ok(
    rows.some((r) => /^lead feed: invalid_request \(phone\)/.test(r.reason)),
    JSON.stringify(rows.map((r) => r.reason)),
  );
});

test("the outcomes report gives time-to-first-call and leads by source", async () => {
  const { drainDueJobs } = await modules();
  const { leadReport } = await import("@/db/queries/lead-report");
  const { workspace, token } = await scenario({ phone: "+13105550171" });
  await send(token, lead({ phone: "+13105550171", source: "google_ads" }));
  await drainDueJobs();
  await send(token, lead({ phone: "+13105550171", source: "google_ads" }));
  await drainDueJobs();
  const report = await leadReport({ workspaceId: workspace.id, from: new Date(Date.now() - 3600_000), to: new Date(Date.now() + 60_000) });
  assert.equal(report.speed.leads, 2);
  // The second lead meets the duplicate guard (a call to the same customer in flight): one call.
  assert.equal(report.speed.called, 1);
  assert.ok(report.speed.p50Seconds !== null && report.speed.p50Seconds >= 0);
  assert.deepEqual(
    report.bySource.map((r) => [r.source, r.leads]),
    [["google_ads", 2]],
  );
});

test("two leads for one new number posted at the same instant: one customer, one call", async () => {
  const { db, calls, leads, drainDueJobs, getLead } = await modules();
  const { workspace, token } = await scenario({ phone: "+13105550170" });
  for (let i = 0; i < 4; i++) {
    // An unknown number each round, so the two leads also race to create its customer.
    const phone = `+1310555${String(7200 + i)}`;
    const [a, b] = await Promise.all([send(token, lead({ phone })), send(token, lead({ phone }))]);
    assert.equal(a.res.status, 201);
    assert.equal(b.res.status, 201);
    assert.equal(a.json.customer_id, b.json.customer_id, "one customer for the number");
    await drainDueJobs();
    const placed = await db
      .select()
      .from(calls)
      .where(and(eq(calls.workspaceId, workspace.id), eq(calls.phoneNumber, phone)));
    assert.equal(placed.filter((c) => c.status !== "blocked").length, 1, `round ${i}: one call`);
    const rows = await Promise.all([a.json.id, b.json.id].map((id) => getLead({ workspaceId: workspace.id, id })));
    const waiting = rows.filter((r) => r?.status === "open");
    assert.equal(waiting.length, 1);
    assert.match(waiting[0]?.autoCallNote ?? "", /already has a call/);
  }
  assert.equal((await db.select().from(leads).where(eq(leads.workspaceId, workspace.id))).length, 8);
});
