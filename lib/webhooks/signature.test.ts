import assert from "node:assert/strict";
import { test } from "node:test";
import { decodeSecret, signWebhook, verifyWebhook, webhookHeaders, type WebhookHeaderValues } from "./signature";

// Reference vector published by the Standard Webhooks spec and libraries.
const SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
const TS = 1614265330;
const BODY = '{"test": 2432232314}';
const EXPECTED = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
const OTHER_SECRET = "whsec_" + Buffer.alloc(32, 7).toString("base64");

const headers = (overrides: Partial<WebhookHeaderValues> = {}): WebhookHeaderValues => ({
  id: ID,
  timestamp: String(TS),
  signature: EXPECTED,
  ...overrides,
});

function verify(overrides: Partial<WebhookHeaderValues> = {}, opts: { secrets?: string[]; body?: string; now?: number } = {}) {
  return verifyWebhook({ secrets: opts.secrets ?? [SECRET], headers: headers(overrides), body: opts.body ?? BODY, now: opts.now ?? TS });
}

const rejected = (reason: string) => ({ ok: false, reason });

test("signWebhook reproduces the reference signature", () => {
  assert.equal(signWebhook({ secret: SECRET, id: ID, timestamp: TS, body: BODY }), EXPECTED);
});

test("verifyWebhook accepts the reference vector", () => {
  assert.deepEqual(verify(), { ok: true, id: ID, timestamp: TS });
});

test("secret works with and without the whsec_ prefix", () => {
  const bare = SECRET.slice("whsec_".length);
  assert.deepEqual(decodeSecret(bare), decodeSecret(SECRET));
  assert.equal(signWebhook({ secret: bare, id: ID, timestamp: TS, body: BODY }), EXPECTED);
  assert.deepEqual(verify({}, { secrets: [bare] }), { ok: true, id: ID, timestamp: TS });
});

test("decodeSecret rejects empty and invalid base64", () => {
  assert.equal(decodeSecret(SECRET).length, 24);
  for (const bad of ["", "whsec_", "whsec_not base64!", "whsec_abc$def", "whsec_a-b_cd"]) {
    assert.throws(() => decodeSecret(bad), /Webhook secret/, bad);
  }
});

test("each missing header is missing_headers", () => {
  for (const key of ["id", "timestamp", "signature"] as const) {
    assert.deepEqual(verify({ [key]: null }), rejected("missing_headers"), key);
    assert.deepEqual(verify({ [key]: "" }), rejected("missing_headers"), `${key} empty`);
  }
});

test("non-integer timestamp is invalid_timestamp", () => {
  for (const ts of ["abc", "1614265330.5", "-1614265330", "1e9", " 1614265330", "0x60377e32"]) {
    assert.deepEqual(verify({ timestamp: ts }), rejected("invalid_timestamp"), ts);
  }
});

test("timestamp tolerance is inclusive at 300 seconds", () => {
  assert.equal(verify({}, { now: TS + 300 }).ok, true);
  assert.equal(verify({}, { now: TS - 300 }).ok, true);
  assert.deepEqual(verify({}, { now: TS + 301 }), rejected("timestamp_too_old"));
  assert.deepEqual(verify({}, { now: TS - 301 }), rejected("timestamp_too_new"));
});

test("custom tolerance is honoured", () => {
  const result = verifyWebhook({ secrets: [SECRET], headers: headers(), body: BODY, now: TS + 10, toleranceSeconds: 5 });
  assert.deepEqual(result, rejected("timestamp_too_old"));
});

test("wrong secret, tampered body or tampered id do not match", () => {
  assert.deepEqual(verify({}, { secrets: [OTHER_SECRET] }), rejected("no_matching_signature"));
  assert.deepEqual(verify({}, { body: '{"test": 2432232315}' }), rejected("no_matching_signature"));
  assert.deepEqual(verify({ id: ID + "x" }), rejected("no_matching_signature"));
});

test("malformed signatures fail without throwing", () => {
  const cases = [
    EXPECTED.slice(0, -4), // truncated
    EXPECTED + "AAAA", // extra bytes
    "v1,!!!not-base64***",
    "v1,",
    "v1",
    "garbage",
    ",,, v1 ,",
    EXPECTED.replace("v1,", "v2,"),
    EXPECTED.replace("v1,", "v1a,"),
    EXPECTED.replace("v1,", "V1,"),
  ];
  for (const signature of cases) {
    assert.deepEqual(verify({ signature }), rejected("no_matching_signature"), signature);
  }
});

test("any matching v1 entry in the list is accepted", () => {
  const wrong = signWebhook({ secret: OTHER_SECRET, id: ID, timestamp: TS, body: BODY });
  assert.deepEqual(verify({ signature: `${wrong} ${EXPECTED}` }), { ok: true, id: ID, timestamp: TS });
  assert.deepEqual(verify({ signature: `v1a,xyz ${EXPECTED} v2,abc` }), { ok: true, id: ID, timestamp: TS });
});

test("rotation: header signed with the previous secret is accepted", () => {
  const result = verify({}, { secrets: [OTHER_SECRET, SECRET] });
  assert.deepEqual(result, { ok: true, id: ID, timestamp: TS });
  assert.deepEqual(verify({}, { secrets: [] }), rejected("no_matching_signature"));
});

test("webhookHeaders lists one v1 signature per secret", () => {
  const single = webhookHeaders({ secrets: SECRET, id: ID, timestamp: TS, body: BODY });
  assert.deepEqual(single, { "webhook-id": ID, "webhook-timestamp": String(TS), "webhook-signature": EXPECTED });

  const both = webhookHeaders({ secrets: [OTHER_SECRET, SECRET], id: ID, timestamp: TS, body: BODY });
  const other = signWebhook({ secret: OTHER_SECRET, id: ID, timestamp: TS, body: BODY });
  assert.equal(both["webhook-signature"], `${other} ${EXPECTED}`);
  const result = verifyWebhook({
    secrets: [SECRET],
    headers: { id: both["webhook-id"], timestamp: both["webhook-timestamp"], signature: both["webhook-signature"] },
    body: BODY,
    now: TS,
  });
  assert.equal(result.ok, true);
  assert.throws(() => webhookHeaders({ secrets: [], id: ID, timestamp: TS, body: BODY }));
});

test("signWebhook refuses a non-integer timestamp", () => {
  assert.throws(() => signWebhook({ secret: SECRET, id: ID, timestamp: 1.5, body: BODY }), /integer/);
});
