import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, test } from "node:test";
import { and, eq } from "drizzle-orm";
import { openTestDatabase } from "@/db/testing/test-database";
import { createCustomer, createWorkspace } from "@/db/testing/factories";
import type { Workspace } from "@/db/schema";

// Integration: the route's POST with real Requests against a real database (PGlite, or
// PostgreSQL when DATABASE_URL is set).
let database: Awaited<ReturnType<typeof openTestDatabase>>;

before(async () => {
  database = await openTestDatabase();
});

after(async () => {
  await database?.cleanup();
});

async function modules() {
  const [{ POST }, { db }, schema, tokens, { mintIngestToken }] = await Promise.all([
    import("@/app/api/v1/missed-calls/route"),
    import("@/db"),
    import("@/db/schema"),
    import("@/db/queries/ingest-tokens"),
    import("./ingest-token"),
  ]);
  return { POST, db, ...schema, ...tokens, mintIngestToken };
}

async function tokenFor(workspace: Workspace) {
  const { insertIngestToken, mintIngestToken } = await modules();
  const minted = mintIngestToken();
  const row = await insertIngestToken({
    workspaceId: workspace.id,
    name: "Phone system",
    tokenHash: minted.tokenHash,
    prefix: minted.prefix,
    createdBy: null,
  });
  return { token: minted.token, id: row.id };
}

function feedRequest(body: unknown, token: string | null) {
  return new Request("http://127.0.0.1/api/v1/missed-calls", {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

const missed = (overrides: Record<string, unknown> = {}) => ({
  external_id: `pbx-${randomUUID()}`,
  from: "(310) 555-0177",
  to: "+1 310 555 0100",
  occurred_at: new Date(Date.now() - 10 * 60_000).toISOString(),
  caller_name: "Priya Patel",
  reason: "after_hours",
  voicemail_url: "https://pbx.example.com/vm/123.mp3",
  ...overrides,
});

test("a missing, unknown or revoked token is refused with 401 and the request is kept", async () => {
  const { POST, db, ingestRejections, ingestTokens } = await modules();
  const workspace = await createWorkspace();
  const { token, id } = await tokenFor(workspace);

  for (const bearer of [null, "cbm_not-a-real-token"]) {
    const res = await POST(feedRequest(missed(), bearer));
    assert.equal(res.status, 401);
    assert.equal((await res.json()).error.code, "unauthorized");
  }
  await db.update(ingestTokens).set({ revokedAt: new Date() }).where(eq(ingestTokens.id, id));
  const body = missed({ external_id: "after-revoke" });
  const res = await POST(feedRequest(body, token));
  assert.equal(res.status, 401);

  const kept = await db.select().from(ingestRejections).where(eq(ingestRejections.status, "401"));
  assert.ok(kept.length >= 3);
  assert.ok(kept.every((r) => r.workspaceId === null));
  assert.ok(kept.some((r) => r.rawBody.includes("after-revoke")));
});

test("a malformed body is refused with 400 naming the field, kept with the token's workspace", async () => {
  const { POST, db, ingestRejections, missedCalls } = await modules();
  const workspace = await createWorkspace();
  const { token } = await tokenFor(workspace);

  const cases: [unknown, string][] = [
    ["{not json", "body"],
    [missed({ from: "555-12" }), "from"],
    [missed({ external_id: "" }), "external_id"],
    [missed({ occurred_at: "2026-11-25 14:04" }), "occurred_at"],
    [missed({ occurred_at: new Date(Date.now() + 60 * 60_000).toISOString() }), "occurred_at"],
    [missed({ reason: "lunch" }), "reason"],
    [missed({ voicemail_url: "ftp://pbx.example.com/vm.mp3" }), "voicemail_url"],
  ];
  for (const [body, field] of cases) {
    const res = await POST(feedRequest(body, token));
    assert.equal(res.status, 400, field);
    const { error } = await res.json();
    assert.equal(error.code, "invalid_request");
    assert.equal(error.field, field);
    assert.match(error.message, new RegExp(field));
  }
  const kept = await db.select().from(ingestRejections).where(eq(ingestRejections.workspaceId, workspace.id));
  assert.equal(kept.length, cases.length);
  assert.ok(kept.some((r) => r.rawBody === "{not json" && r.status === "400"));
  assert.equal((await db.select().from(missedCalls).where(eq(missedCalls.workspaceId, workspace.id))).length, 0);
});

test("a body over 64 KB is refused with 413, kept as a prefix with its hash", async () => {
  const { POST, db, ingestRejections } = await modules();
  const workspace = await createWorkspace();
  const { token } = await tokenFor(workspace);
  const res = await POST(feedRequest(missed({ caller_name: "x".repeat(70 * 1024) }), token));
  assert.equal(res.status, 413);
  assert.ok((await res.json()).request_id);
  const [kept] = await db.select().from(ingestRejections).where(eq(ingestRejections.workspaceId, workspace.id));
  assert.ok(kept.rawBody.length <= 4096);
  assert.match(kept.bodySha256 ?? "", /^[0-9a-f]{64}$/);
});

test("a body streamed without Content-Length is still cut at the cap", async () => {
  const { POST } = await modules();
  const { token } = await tokenFor(await createWorkspace());
  let sent = 0;
  const chunk = new TextEncoder().encode("x".repeat(16 * 1024));
  // An endless body: only a reader that stops at the cap ever answers.
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  const res = await POST(
    new Request("http://127.0.0.1/api/v1/missed-calls", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body,
      duplex: "half",
    } as RequestInit),
  );
  assert.equal(res.status, 413);
  assert.ok(sent < 200 * 1024, `read ${sent} bytes`);
});

test("a NUL character or deep nesting is a 400 naming the field, never a 500", async () => {
  const { POST, db, missedCalls, ingestRejections } = await modules();
  const workspace = await createWorkspace();
  const { token } = await tokenFor(workspace);
  const cases: [string, string][] = [
    [JSON.stringify(missed({ caller_name: "Bob\u0000by" })), "caller_name"],
    [JSON.stringify(missed({ reason: "no_answer\u0000" })), "reason"],
    [
      JSON.stringify({ ...missed(), extra: "[".repeat(40) + "]".repeat(40) })
        .replace('"[[[', "[[[")
        .replace(']]]"', "]]]"),
      "body",
    ],
  ];
  for (const [raw, field] of cases) {
    const res = await POST(feedRequest(raw, token));
    assert.equal(res.status, 400, raw.slice(0, 80));
    const body = await res.json();
    assert.equal(body.error.field, field);
    assert.ok(body.request_id);
  }
  assert.equal((await db.select().from(missedCalls).where(eq(missedCalls.workspaceId, workspace.id))).length, 0);
  assert.equal((await db.select().from(ingestRejections).where(eq(ingestRejections.workspaceId, workspace.id))).length, cases.length);
});

test("a replayed external_id is stored once and answered with the same id", async () => {
  const { POST, db, missedCalls, customers, ingestTokens } = await modules();
  const workspace = await createWorkspace();
  const { token, id: tokenId } = await tokenFor(workspace);
  const body = missed();

  const first = await POST(feedRequest(body, token));
  assert.equal(first.status, 201);
  const created = await first.json();
  assert.equal(created.duplicate, false);
  const again = await Promise.all([POST(feedRequest(body, token)), POST(feedRequest(body, token))]);
  for (const res of again) {
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { ...created, duplicate: true });
  }
  const rows = await db.select().from(missedCalls).where(eq(missedCalls.workspaceId, workspace.id));
  assert.equal(rows.length, 1);
  assert.equal(rows[0].fromPhone, "+13105550177");
  assert.equal(rows[0].toPhone, "+13105550100");
  assert.equal(rows[0].status, "open");
  assert.equal((await db.select().from(customers).where(eq(customers.workspaceId, workspace.id))).length, 1);
  const [used] = await db.select().from(ingestTokens).where(eq(ingestTokens.id, tokenId));
  assert.ok(used.lastUsedAt);
});

test("an unknown caller becomes an unverified customer", async () => {
  const { POST, db, customers } = await modules();
  const workspace = await createWorkspace();
  const { token } = await tokenFor(workspace);

  const res = await POST(feedRequest(missed({ from: "+1 (818) 555-0142", caller_name: null, reason: null, voicemail_url: null }), token));
  assert.equal(res.status, 201);
  const { customer_id } = await res.json();
  const [customer] = await db
    .select()
    .from(customers)
    .where(and(eq(customers.workspaceId, workspace.id), eq(customers.id, customer_id)));
  assert.equal(customer.phone, "+18185550142");
  assert.equal(customer.name, "Unknown caller");
  assert.equal(customer.verified, false);
  assert.equal(customer.notes, "Created from a missed call");
});

test("a known caller is matched to their customer record, in that workspace only", async () => {
  const { POST, db, missedCalls, customers } = await modules();
  const workspace = await createWorkspace();
  const other = await createWorkspace();
  const known = await createCustomer(workspace, { name: "Maria Lopez", phone: "+13105550188" });
  await createCustomer(other, { name: "Someone Else", phone: "+13105550188" });
  const { token } = await tokenFor(workspace);

  const res = await POST(feedRequest(missed({ from: "310.555.0188", caller_name: "M LOPEZ" }), token));
  assert.equal(res.status, 201);
  const { id, customer_id } = await res.json();
  assert.equal(customer_id, known.id);
  const [row] = await db.select().from(missedCalls).where(eq(missedCalls.id, id));
  assert.equal(row.customerId, known.id);
  assert.equal(row.callerName, "M LOPEZ");
  assert.equal((await db.select().from(customers).where(eq(customers.workspaceId, workspace.id))).length, 1);
});
