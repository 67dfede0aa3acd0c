import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, test } from "node:test";
import { verifyWebhook } from "@/lib/webhooks/signature";
import { startFakeProvider, type FakeProvider } from "./server";

// The fake provider on its own, over real HTTP: what it checks, what it answers, what it sends.
const KEY = "sk_fake_unit";
const SECRET = "whsec_dW5pdC10ZXN0LWZha2UtcHJvdmlkZXItc2VjcmV0";
let fake: FakeProvider;
const hooks: { headers: Headers; body: string }[] = [];
const receiver = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
    hooks.push({ headers, body: Buffer.concat(chunks).toString("utf8") });
    res.writeHead(204).end();
  });
});
let webhookUrl = "";

before(async () => {
  fake = await startFakeProvider({ apiKey: KEY, webhookSecret: SECRET, speed: 20 });
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  webhookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
});
after(async () => {
  await fake.close();
  receiver.closeAllConnections();
  await new Promise<void>((r) => receiver.close(() => r()));
});

const body = (phone: string, extra: Record<string, unknown> = {}) => ({
  phone_number: phone,
  assistant_id: "asst_callback_001",
  customer_info: { name: "Ada Byron" },
  call_purpose: "callback",
  context: { callback_reason: "AC pricing" },
  max_duration: 300,
  record_call: true,
  webhook_url: webhookUrl,
  ...extra,
});

/** The fields these tests read from a create answer or an error answer. */
type Answer = {
  data: { call_id: string; status: string; reason?: string; [k: string]: unknown };
  error: { code: string; message: string; retryable: boolean; call_id?: string };
};

async function post(payload: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${fake.url}/outbound/voice/call`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${KEY}`,
      "X-Workspace-ID": "ws_unit",
      "Content-Type": "application/json",
      "Idempotency-Key": crypto.randomUUID(),
      ...headers,
    },
    body: JSON.stringify(payload),
  });
  return { status: res.status, json: (await res.json()) as Answer, headers: res.headers };
}

async function until<T>(check: () => T | undefined, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = check();
    if (v) return v;
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

test("checks the key, the workspace, the idempotency key and the body", async () => {
  assert.equal((await post(body("+13105550123"), { Authorization: "Bearer wrong" })).status, 401);
  assert.equal((await post(body("+13105550123"), { "X-Workspace-ID": "" })).status, 403);
  const missingKey = await post(body("+13105550123"), { "Idempotency-Key": "" });
  assert.equal(missingKey.status, 400);
  assert.equal(missingKey.json.error.code, "missing_idempotency_key");
  const invalid = await post(body("+13105550123", { call_purpose: "sales", max_duration: 5 }));
  assert.equal(invalid.status, 422);
  assert.match(invalid.json.error.message, /call_purpose/);
  assert.match(invalid.json.error.message, /max_duration/);
  const offsetless = await post(
    body("+13105550123", { scheduling_options: { available_slots: [{ start: "2026-12-01T09:00:00", end: "2026-12-01T11:00:00" }] } }),
  );
  assert.equal(offsetless.status, 422, "the request side of the contract wants offsets");
});

test("same key and body answer the same; same key with another body is a 409 naming the call", async () => {
  const key = crypto.randomUUID();
  const first = await post(body("+13105550124"), { "Idempotency-Key": key });
  const again = await post(body("+13105550124"), { "Idempotency-Key": key });
  assert.equal(first.status, 201);
  assert.deepEqual(again.json, first.json);
  assert.equal(again.headers.get("idempotent-replayed"), "true");
  const other = await post(body("+13105550124", { max_duration: 400 }), { "Idempotency-Key": key });
  assert.equal(other.status, 409);
  assert.equal(other.json.error.code, "idempotency_conflict");
  assert.equal(other.json.error.retryable, false);
  assert.equal(other.json.error.call_id, first.json.data.call_id);
});

test("an accepted call plays out as signed webhooks, queued to completed, with media behind the key", async () => {
  const placed = await post(body("+13105550125"));
  assert.equal(placed.status, 201);
  const callId = placed.json.data.call_id as string;
  assert.equal(placed.json.data.status, "queued");
  const mine = () => hooks.filter((h) => JSON.parse(h.body).call_id === callId);
  // Sent in this order; delivery order is not guaranteed (CONTRACT.md §2), so the test waits for
  // five deliveries (a busy machine can deliver "completed" first) and compares them as a set.
  const events = await until(() => {
    const seen = mine().map((h) => JSON.parse(h.body).event as string);
    return seen.length >= 5 ? seen : undefined;
  }, 15_000);
  assert.deepEqual(events.sort(), [
    "voice_call.completed",
    "voice_call.dialing",
    "voice_call.in_progress",
    "voice_call.queued",
    "voice_call.ringing",
  ]);
  for (const h of mine()) {
    const verified = verifyWebhook({
      secrets: [SECRET],
      headers: {
        id: h.headers.get("webhook-id"),
        timestamp: h.headers.get("webhook-timestamp"),
        signature: h.headers.get("webhook-signature"),
      },
      body: h.body,
    });
    assert.ok(verified.ok, "signed as the contract says");
  }
  const completed = JSON.parse(mine().find((h) => JSON.parse(h.body).event === "voice_call.completed")!.body).data;
  assert.equal(completed.outcome.type, "information_provided");
  const unauthorised = await fetch(completed.transcript_url);
  assert.equal(unauthorised.status, 401);
  const transcript = await fetch(completed.transcript_url, { headers: { Authorization: `Bearer ${KEY}` } });
  assert.equal(((await transcript.json()) as { utterances: unknown[] }).utterances.length, 4);
  const part = await fetch(completed.recording_url, { headers: { Authorization: `Bearer ${KEY}`, Range: "bytes=0-43" } });
  assert.equal(part.status, 206);
  assert.equal(part.headers.get("content-type"), "audio/wav");
  assert.match(part.headers.get("content-range") ?? "", /^bytes 0-43\/\d+$/);
  assert.equal((await part.arrayBuffer()).byteLength, 44);
});

test("scenarios: nulls in the 201, MP3 on the API host, media on another host, create-time failure, errors", async () => {
  const nulls = await post(body("+13105551101"));
  assert.deepEqual(
    { ...nulls.json.data, call_id: "x" },
    { call_id: "x", status: "queued", estimated_wait: null, tracking_url: null, assistant_id: null },
  );

  const mp3 = await post(body("+13105551202"));
  const other = await post(body("+13105551201"));
  const done = (id: string) => hooks.find((h) => JSON.parse(h.body).call_id === id && JSON.parse(h.body).event === "voice_call.completed");
  const mp3Hook = JSON.parse((await until(() => done(mp3.json.data.call_id))).body).data;
  const audio = await fetch(mp3Hook.recording_url, { headers: { Authorization: `Bearer ${KEY}`, Range: "bytes=104-" } });
  assert.equal(audio.status, 206);
  assert.equal(audio.headers.get("content-type"), "audio/mpeg");
  const bytes = new Uint8Array(await audio.arrayBuffer());
  assert.deepEqual([...bytes.slice(0, 2)], [0xff, 0xfb], "starts on an MPEG frame header");

  const otherHook = JSON.parse((await until(() => done(other.json.data.call_id))).body).data;
  assert.equal(new URL(otherHook.transcript_url).origin, fake.mediaOrigin);
  assert.notEqual(new URL(otherHook.transcript_url).host, new URL(fake.url).host);

  const failed = await post(body("+13105551410"));
  assert.equal(failed.status, 201);
  assert.equal(failed.json.data.status, "failed");
  assert.ok(failed.json.data.reason);

  for (const [phone, status, retryable] of [
    ["+13105551401", 401, false],
    ["+13105551403", 403, false],
    ["+13105551422", 422, false],
    ["+13105551503", 503, false],
    ["+13105551408", 400, true],
  ] as const) {
    const answer = await post(body(phone));
    assert.equal(answer.status, status, phone);
    assert.equal(answer.json.error.retryable, retryable, phone);
  }
});
