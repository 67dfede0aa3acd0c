import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import { after, before, test } from "node:test";
import { sql } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { openTestDatabase } from "@/db/testing/test-database";
import { createMember, createWorkspace } from "@/db/testing/factories";
import { createSentCall } from "@/db/testing/call-factory";

// The plain live-stream server over real HTTP: the cookie next-auth writes, the same checks as the
// route handlers, and the workspace's changes only.
let database: Awaited<ReturnType<typeof openTestDatabase>>;
let origin = "";
let close = async () => {};
before(async () => {
  database = await openTestDatabase();
  const { createLiveServer } = await import("./stream-server");
  const server = createLiveServer({ production: true, recheckMs: 100 });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
});
after(async () => {
  const { shutdownHubs } = await import("./fanout-hub");
  shutdownHubs();
  await close();
  await database?.cleanup();
});

/** A session cookie as next-auth writes it at sign-in (on http, so the plain name). */
async function cookieFor(member: { user: { id: string }; sessionId: string }, secret?: string) {
  const { authConfig } = await import("@/auth.config");
  const name = "authjs.session-token";
  const token = await encode({ token: { sub: member.user.id, sid: member.sessionId }, secret: secret ?? authConfig.secret!, salt: name });
  return `${name}=${token}`;
}

/** Reads a stream until `until` matches what it sent, it ends, or `ms` pass; returns the text. */
async function readUntil(response: Response, until: RegExp, ms = 10_000): Promise<string> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const deadline = setTimeout(() => void reader.cancel("too slow"), ms);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
      if (until.test(text)) break;
    }
  } finally {
    clearTimeout(deadline);
    await reader.cancel().catch(() => {});
  }
  return text;
}

async function notifyChange(workspaceId: string, callId: string) {
  const { db } = await import("@/db");
  const { CALL_CHANNEL } = await import("@/lib/webhooks/persist-sql");
  await db.execute(sql`select pg_notify(${CALL_CHANNEL}, ${`${workspaceId}:${callId}`})`);
}

test("without a valid session cookie the streams answer 401 with the app's headers; other paths 404", async () => {
  const workspace = await createWorkspace();
  const member = await createMember(workspace);
  for (const cookie of [undefined, "authjs.session-token=garbage", await cookieFor(member, "another-secret-0123456789abcdef")]) {
    const response = await fetch(`${origin}/api/live/calls`, { headers: cookie ? { cookie } : {} });
    assert.equal(response.status, 401, `cookie ${cookie?.slice(0, 30)}`);
    const body = (await response.json()) as { error: string; request_id: string };
    assert.equal(body.error, "Sign in to follow calls");
    assert.equal(body.request_id, response.headers.get("x-request-id"));
    assert.equal(response.headers.get("x-content-type-options"), "nosniff");
    assert.match(response.headers.get("strict-transport-security") ?? "", /max-age=/);
    assert.match(response.headers.get("content-security-policy") ?? "", /default-src 'none'/);
  }
  assert.equal((await fetch(`${origin}/api/live/nothing`)).status, 404);
  assert.equal((await fetch(`${origin}/`)).status, 404);
  assert.equal((await fetch(`${origin}/api/live/calls`, { method: "POST", body: "{}" })).status, 405);
});

test("a member's stream carries their workspace's call changes and never another workspace's", async () => {
  const [mine, theirs] = [await createWorkspace(), await createWorkspace()];
  const member = await createMember(mine);
  const { call } = await createSentCall(mine);
  const { call: other } = await createSentCall(theirs);
  const response = await fetch(`${origin}/api/live/calls`, { headers: { cookie: await cookieFor(member) } });
  assert.equal(response.status, 200);
  assert.match(response.headers.get("content-type") ?? "", /^text\/event-stream/);
  const reading = readUntil(response, new RegExp(`"id":"${call.id}"`));
  // Once the stream is ready: the other workspace's change first, then ours.
  await new Promise((r) => setTimeout(r, 300));
  await notifyChange(theirs.id, other.id);
  await notifyChange(mine.id, call.id);
  const text = await reading;
  assert.match(text, /^retry: 2000\n\n/);
  assert.match(text, /event: ready/);
  assert.match(text, new RegExp(`id: [^\\n]+\\nevent: call\\ndata: \\{"id":"${call.id}"`));
  assert.doesNotMatch(text, new RegExp(other.id), "another workspace's call never reaches this stream");
});

test("the workspace cookie chooses among the person's memberships, never one they lack", async () => {
  const [first, second, stranger] = [await createWorkspace(), await createWorkspace(), await createWorkspace()];
  const member = await createMember(first);
  const { db } = await import("@/db");
  const { memberships } = await import("@/db/schema");
  await db.insert(memberships).values({ userId: member.user.id, workspaceId: second.id, role: "dispatcher" });
  const { call: inSecond } = await createSentCall(second);
  const { call: inStranger } = await createSentCall(stranger);
  const cookie = await cookieFor(member);

  const chosen = await fetch(`${origin}/api/live/calls`, { headers: { cookie: `${cookie}; cb_workspace=${second.id}` } });
  const reading = readUntil(chosen, new RegExp(inSecond.id));
  await new Promise((r) => setTimeout(r, 300));
  await notifyChange(second.id, inSecond.id);
  assert.match(await reading, new RegExp(inSecond.id));

  // A workspace they are not in falls back to one they are in: the stranger's change never shows.
  const forged = await fetch(`${origin}/api/live/calls`, { headers: { cookie: `${cookie}; cb_workspace=${stranger.id}` } });
  const forgedReading = readUntil(forged, /event: call/, 1500);
  await new Promise((r) => setTimeout(r, 300));
  await notifyChange(stranger.id, inStranger.id);
  assert.doesNotMatch(await forgedReading, new RegExp(inStranger.id));
});

test("campaigns are for managers: a dispatcher gets 403, a manager the stream", async () => {
  const workspace = await createWorkspace();
  const dispatcher = await createMember(workspace, "dispatcher");
  const manager = await createMember(workspace, "manager");
  const refused = await fetch(`${origin}/api/live/campaigns`, { headers: { cookie: await cookieFor(dispatcher) } });
  assert.equal(refused.status, 403);
  assert.equal(((await refused.json()) as { error: string }).error, "Campaigns are for managers and admins");
  const allowed = await fetch(`${origin}/api/live/campaigns`, { headers: { cookie: await cookieFor(manager) } });
  assert.equal(allowed.status, 200);
  assert.match(await readUntil(allowed, /event: ready/), /event: ready/);
});

test("a signed-out session is refused, and an open stream ends with signed_out at the next check", async () => {
  const { endSession } = await import("@/lib/auth/sessions");
  const workspace = await createWorkspace();
  const member = await createMember(workspace);
  const cookie = await cookieFor(member);
  const response = await fetch(`${origin}/api/live/missed`, { headers: { cookie } });
  assert.equal(response.status, 200);
  const reading = readUntil(response, /event: signed_out\n/);
  await new Promise((r) => setTimeout(r, 300));
  await endSession({ sessionId: member.sessionId });
  assert.match(await reading, /event: signed_out\n/, "the browser is told why, so it goes to sign in instead of reconnecting");
  assert.equal((await fetch(`${origin}/api/live/missed`, { headers: { cookie } })).status, 401, "the same cookie opens nothing now");
});

test("a reconnect with the last event id gets what it missed, in order", async () => {
  const workspace = await createWorkspace();
  const member = await createMember(workspace);
  const cookie = await cookieFor(member);
  const { call: a } = await createSentCall(workspace);
  const { call: b } = await createSentCall(workspace);
  const first = await fetch(`${origin}/api/live/calls`, { headers: { cookie } });
  const firstReading = readUntil(first, new RegExp(a.id));
  await new Promise((r) => setTimeout(r, 300));
  await notifyChange(workspace.id, a.id);
  const seen = await firstReading;
  const lastId = [...seen.matchAll(/^id: (\S+)$/gm)].at(-1)?.[1];
  assert.ok(lastId, "events carry ids");
  // While away, b changes; the hub still runs (another stream of the workspace keeps it listening).
  const keeper = await fetch(`${origin}/api/live/calls`, { headers: { cookie } });
  const keeperReading = readUntil(keeper, new RegExp(b.id));
  await new Promise((r) => setTimeout(r, 300));
  await notifyChange(workspace.id, b.id);
  await keeperReading;
  const again = await fetch(`${origin}/api/live/calls`, { headers: { cookie, "last-event-id": lastId } });
  const replay = await readUntil(again, /event: ready/);
  assert.match(replay, new RegExp(b.id), "the missed change is replayed before ready");
  assert.doesNotMatch(replay, /event: reset/);
});

test("the provider going down and coming back reaches every open calls stream", async () => {
  const { recordProviderFailure, recordProviderSuccess } = await import("@/db/queries/provider-breaker");
  const [one, two] = [await createWorkspace(), await createWorkspace()];
  const [a, b] = [await createMember(one), await createMember(two)];
  const streams = await Promise.all(
    [a, b].map(async (m) => fetch(`${origin}/api/live/calls`, { headers: { cookie: await cookieFor(m) } })),
  );
  const readings = streams.map((s) => readUntil(s, /event: provider\ndata: \{"down":false\}/));
  await new Promise((r) => setTimeout(r, 300));
  // A failure below the threshold changes nothing a dispatcher sees: no event for it.
  await recordProviderFailure({ threshold: 2, cooldownSeconds: 60 });
  await recordProviderFailure({ threshold: 2, cooldownSeconds: 60 });
  await recordProviderSuccess();
  for (const text of await Promise.all(readings)) {
    const events = [...text.matchAll(/event: provider\ndata: (\{[^\n]*\})/g)].map((m) => m[1]);
    assert.deepEqual(events, ['{"down":true}', '{"down":false}'], "one event when it opened, one when it closed");
  }
});

/** A delivery as the provider signs it (CONTRACT.md §2). */
async function signedDelivery(body: unknown, secret?: string) {
  const { webhookHeaders } = await import("@/lib/webhooks/signature");
  const { TEST_SIMULATOR_CREDENTIALS } = await import("@/db/testing/simulator-credentials");
  const raw = JSON.stringify(body);
  const headers = webhookHeaders({
    secrets: secret ?? TEST_SIMULATOR_CREDENTIALS.webhookSecret,
    id: `msg_live_${Math.random().toString(36).slice(2)}`,
    timestamp: Math.floor(Date.now() / 1000),
    body: raw,
  });
  return { raw, headers: { ...headers, "content-type": "application/json" } };
}

test("a provider webhook posted here is applied once by the app's own handler, and a bad one refused", async () => {
  const { db } = await import("@/db");
  const { calls, webhookEvents } = await import("@/db/schema");
  const { eq } = await import("drizzle-orm");
  const workspace = await createWorkspace();
  const { call, providerCallId } = await createSentCall(workspace);
  const delivery = await signedDelivery({
    event: "voice_call.in_progress",
    call_id: providerCallId,
    timestamp: new Date().toISOString(),
    data: { status: "in_progress", answered_by: "human" },
  });
  const post = () => fetch(`${origin}/api/webhooks/provider`, { method: "POST", headers: delivery.headers, body: delivery.raw });
  const first = await post();
  assert.equal(first.status, 200);
  assert.equal(((await first.json()) as { ok: boolean }).ok, true);
  assert.equal(first.headers.get("x-content-type-options"), "nosniff");
  assert.ok(first.headers.get("x-request-id"));
  const again = await post();
  assert.deepEqual(await again.json(), { ok: true, result: "duplicate" });
  const [row] = await db.select().from(calls).where(eq(calls.id, call.id));
  assert.equal(row.status, "in_progress");
  assert.equal(row.answeredBy, "human");
  assert.equal((await db.select().from(webhookEvents).where(eq(webhookEvents.callId, call.id))).length, 1);

  const forged = await signedDelivery({ event: "voice_call.completed", call_id: providerCallId, data: {} }, "whsec_" + "A".repeat(44));
  const refused = await fetch(`${origin}/api/webhooks/provider`, { method: "POST", headers: forged.headers, body: forged.raw });
  assert.equal(refused.status, 401);
  const body = (await refused.json()) as { request_id: string };
  assert.equal(body.request_id, refused.headers.get("x-request-id"));
  assert.equal((await db.select().from(calls).where(eq(calls.id, call.id)))[0].status, "in_progress");

  const get = await fetch(`${origin}/api/webhooks/provider`);
  assert.equal(get.status, 405);
  assert.equal(get.headers.get("allow"), "POST");
});

test("a webhook body over 256 KB sent without a length is answered 413, not cut off", async () => {
  const http = await import("node:http");
  const { port } = new URL(origin);
  const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port: Number(port),
        path: "/api/webhooks/provider",
        method: "POST",
        headers: { "content-type": "application/json" },
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", reject);
    const chunk = "x".repeat(16 * 1024);
    // 64 chunks of 16 KB = 1 MB, chunked: the server stops reading past its cap and answers.
    let sent = 0;
    const more = () => {
      while (sent < 64) {
        sent++;
        if (!req.write(chunk)) return void req.once("drain", more);
      }
      req.end();
    };
    more();
  });
  assert.equal(answer.status, 413);
  assert.match(answer.body, /request_id/);
});

test("its own metrics behind METRICS_TOKEN count the webhooks it took", async () => {
  const { resetEnvForTests } = await import("@/lib/env");
  const token = "metrics-token-for-live-0123456789";
  process.env.METRICS_TOKEN = token;
  resetEnvForTests();
  try {
    assert.equal((await fetch(`${origin}/api/metrics`)).status, 401);
    assert.equal((await fetch(`${origin}/api/metrics`, { headers: { authorization: "Bearer wrong-token-0123456789abcdef" } })).status, 401);
    const response = await fetch(`${origin}/api/metrics`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(response.status, 200);
    const text = await response.text();
    // The earlier tests in this file posted webhooks here: applied, duplicate and refused ones.
    assert.match(text, /callboard_webhooks_total\{[^}]*result="bad_signature"[^}]*\} [1-9]/);
    assert.match(text, /callboard_webhooks_total\{[^}]*result="duplicate"[^}]*\} [1-9]/);
  } finally {
    delete process.env.METRICS_TOKEN;
    resetEnvForTests();
  }
  assert.equal((await fetch(`${origin}/api/metrics`)).status, 404);
});
