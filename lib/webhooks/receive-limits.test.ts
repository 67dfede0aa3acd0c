import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { after, before, test } from "node:test";
import { eq } from "drizzle-orm";
import { openTestDatabase } from "@/db/testing/test-database";
import { createWorkspace } from "@/db/testing/factories";
import { createSentCall } from "@/db/testing/call-factory";
import { TEST_SIMULATOR_CREDENTIALS } from "@/db/testing/simulator-credentials";
import { webhookHeaders } from "./signature";

// Integration: the webhook route's POST with real Requests against a real database (PGlite, or
// PostgreSQL when DATABASE_URL is set): the size cap, the unsigned-delivery limit, and signed
// bodies the database cannot store.
let database: Awaited<ReturnType<typeof openTestDatabase>>;
before(async () => {
  database = await openTestDatabase();
});
after(() => database?.cleanup());

async function mods() {
  const [{ POST }, { db }, schema] = await Promise.all([
    import("@/app/api/webhooks/provider/route"),
    import("@/db"),
    import("@/db/schema"),
  ]);
  return { POST, db, ...schema };
}

let seq = 0;
function signedRequest(raw: string, address: string) {
  const id = `msg_limits_${Date.now()}_${seq++}`;
  const headers = webhookHeaders({
    secrets: TEST_SIMULATOR_CREDENTIALS.webhookSecret,
    id,
    timestamp: Math.floor(Date.now() / 1000),
    body: raw,
  });
  return {
    id,
    request: new Request("http://127.0.0.1/api/webhooks/provider", {
      method: "POST",
      headers: { ...headers, "content-type": "application/json", "x-forwarded-for": address },
      body: raw,
    }),
  };
}

test("a body over 256 KB is refused with 413 before the rest is read, kept as a prefix with its hash", async () => {
  const { POST, db, webhookDeadLetters } = await mods();
  let sent = 0;
  const chunk = new TextEncoder().encode("y".repeat(64 * 1024));
  // No Content-Length, and no end: only a reader that stops at the cap can answer at all.
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  const res = await POST(
    new Request("http://127.0.0.1/api/webhooks/provider", {
      method: "POST",
      headers: { "x-forwarded-for": "198.51.100.1" },
      body,
      duplex: "half",
    } as RequestInit),
  );
  assert.equal(res.status, 413);
  assert.ok(res.headers.get("x-request-id"));
  assert.ok(sent <= 256 * 1024 + 2 * chunk.byteLength, `read ${sent} bytes`);
  const [letter] = await db.select().from(webhookDeadLetters).where(eq(webhookDeadLetters.sourceAddress, "198.51.100.1"));
  assert.equal(letter.reason, "too_large");
  assert.ok(letter.rawBody.length <= 4096);
  assert.equal(letter.bodyTruncated, true);
  assert.match(letter.bodySha256 ?? "", /^[0-9a-f]{64}$/);
});

test("a declared Content-Length over the cap is refused too", async () => {
  const { POST } = await mods();
  const raw = "z".repeat(300 * 1024);
  const res = await POST(
    new Request("http://127.0.0.1/api/webhooks/provider", { method: "POST", headers: { "x-forwarded-for": "198.51.100.2" }, body: raw }),
  );
  assert.equal(res.status, 413);
});

test("unsigned deliveries are kept as a prefix and hash, and past 20 a minute from one address answered 429", async () => {
  const { POST, db, webhookDeadLetters } = await mods();
  const raw = JSON.stringify({ event: "voice_call.queued", filler: "f".repeat(10_000) });
  const statuses: number[] = [];
  let retryAfter: string | null = null;
  for (let i = 0; i < 22; i++) {
    const res = await POST(
      new Request("http://127.0.0.1/api/webhooks/provider", {
        method: "POST",
        headers: { "x-forwarded-for": "203.0.113.9", "webhook-id": "msg_x", "webhook-signature": "v1,bm9wZQ==" },
        body: raw,
      }),
    );
    statuses.push(res.status);
    if (res.status === 429) retryAfter = res.headers.get("retry-after");
  }
  assert.deepEqual(statuses, [...Array(20).fill(401), 429, 429]);
  assert.ok(Number(retryAfter) >= 1 && Number(retryAfter) <= 60);
  // Another address is not affected.
  const other = await POST(
    new Request("http://127.0.0.1/api/webhooks/provider", { method: "POST", headers: { "x-forwarded-for": "203.0.113.10" }, body: raw }),
  );
  assert.equal(other.status, 401);

  const letters = await db.select().from(webhookDeadLetters).where(eq(webhookDeadLetters.sourceAddress, "203.0.113.9"));
  assert.equal(letters.filter((l) => l.reason === "bad_signature").length, 20);
  assert.equal(letters.filter((l) => l.reason === "rate_limited").length, 2);
  const hash = createHash("sha256").update(raw).digest("hex");
  for (const letter of letters) {
    assert.ok(letter.rawBody.length <= 4096);
    assert.equal(letter.bodySha256, hash);
    assert.equal(letter.bodyTruncated, true);
  }
});

test("a signed event with a NUL character is a 400 naming the field, and is kept", async () => {
  const { POST, db, webhookDeadLetters, calls } = await mods();
  const ws = await createWorkspace();
  const { call, providerCallId } = await createSentCall(ws);
  const raw = JSON.stringify({
    event: "voice_call.completed",
    call_id: providerCallId,
    timestamp: new Date().toISOString(),
    data: { status: "completed", duration: 30, outcome: { type: "information_provided", notes: "said \u0000 twice" } },
  });
  const { id, request } = signedRequest(raw, "192.0.2.20");
  const res = await POST(request);
  assert.equal(res.status, 400);
  const body = await res.json();
  assert.equal(body.field, "data.outcome.notes");
  assert.ok(body.request_id);
  const [letter] = await db.select().from(webhookDeadLetters).where(eq(webhookDeadLetters.webhookId, id));
  assert.equal(letter.reason, "unstorable");
  assert.equal(letter.rawBody, raw);
  assert.equal(letter.bodyTruncated, false);
  const [row] = await db.select().from(calls).where(eq(calls.id, call.id));
  assert.notEqual(row.status, "completed");
});

test("a signed body nested deeper than 32 levels is a 400 and kept", async () => {
  const { POST, db, webhookDeadLetters } = await mods();
  const raw = `{"event":"voice_call.queued","call_id":"call_deep","timestamp":"${new Date().toISOString()}","data":${"[".repeat(5000)}${"]".repeat(5000)}}`;
  const { id, request } = signedRequest(raw, "192.0.2.21");
  const res = await POST(request);
  assert.equal(res.status, 400);
  assert.equal((await res.json()).field, "body");
  const [letter] = await db.select().from(webhookDeadLetters).where(eq(webhookDeadLetters.webhookId, id));
  assert.equal(letter.reason, "unstorable");
});
