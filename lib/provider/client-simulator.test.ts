import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, test } from "node:test";
import type { ProviderConfig } from "@/lib/env";
import { sendCallRequest, type SendCallOptions, type SendCallResult } from "./client";
import { startSimulatorServer, type SimulatorServer } from "./simulator/server";
import type { ProviderCallRequest } from "./types";

const API_KEY = "sk_sim_test";
let sim: SimulatorServer;
let config: ProviderConfig;

before(async () => {
  sim = await startSimulatorServer({ port: 0, apiKey: API_KEY, slowMs: 2000 });
  config = { baseUrl: sim.url, apiKey: API_KEY, webhookSecret: "whsec_dGVzdA==", simulated: true, timeoutMs: 5000 };
});
after(() => sim.close());

function body(overrides: Partial<ProviderCallRequest> = {}): ProviderCallRequest {
  return {
    phone_number: "+13105551234",
    assistant_id: "asst_callback_001",
    customer_info: { name: "John Smith", customer_id: "cust_789", preferred_name: "John" },
    call_purpose: "callback",
    context: { callback_reason: "Questions about AC maintenance pricing" },
    scheduling_options: {
      available_slots: [{ start: "2024-01-23T14:00:00-08:00", end: "2024-01-23T16:00:00-08:00" }],
      service_duration_minutes: 60,
    },
    max_duration: 300,
    record_call: true,
    webhook_url: "http://127.0.0.1:3000/api/webhooks/provider",
    ...overrides,
  };
}

function send(b: ProviderCallRequest, opts: { key?: string; cfg?: Partial<ProviderConfig> } & SendCallOptions = {}) {
  const slept: number[] = [];
  const { key = randomUUID(), cfg, ...rest } = opts;
  const result = sendCallRequest(
    { ...config, ...cfg },
    { body: b, idempotencyKey: key, providerWorkspaceId: "ws_test" },
    { sleep: async (ms) => void slept.push(ms), ...rest },
  );
  return result.then((r) => ({ result: r, slept }));
}

function callsWithKey(key: string) {
  return [...sim.store.calls.values()].filter((c) => c.idempotencyKey === key);
}

function assertAccepted(result: SendCallResult): asserts result is Extract<SendCallResult, { kind: "accepted" }> {
  assert.equal(result.kind, "accepted", JSON.stringify(result));
}

test("a valid request is accepted with a call id", async () => {
  const key = randomUUID();
  const { result } = await send(body(), { key });
  assertAccepted(result);
  assert.equal(result.httpStatus, 201);
  assert.match(result.call.call_id ?? "", /^call_[0-9a-z]{12}$/);
  assert.equal(result.call.status, "queued");
  assert.equal(result.call.assistant_id, "asst_callback_001");
  assert.match(result.requestId ?? "", /^req_/);
  const [stored] = callsWithKey(key);
  assert.equal(stored.workspaceId, "ws_test");
  assert.deepEqual(stored.request, body());
});

test("the same key and body twice give the same call, stored once", async () => {
  const key = randomUUID();
  const first = await send(body(), { key });
  const second = await send(body(), { key });
  assertAccepted(first.result);
  assertAccepted(second.result);
  assert.equal(second.result.call.call_id, first.result.call.call_id);
  assert.equal(callsWithKey(key).length, 1);
});

test("the same key with another body is rejected 409", async () => {
  const key = randomUUID();
  assertAccepted((await send(body(), { key })).result);
  const { result } = await send(body({ max_duration: 600 }), { key });
  assert.equal(result.kind, "rejected");
  assert.equal(result.httpStatus, 409);
  assert.equal(result.kind === "rejected" && result.code, "idempotency_conflict");
});

test("a wrong api key is rejected 401 with the simulator's message", async () => {
  const { result } = await send(body(), { cfg: { apiKey: "sk_wrong" } });
  assert.deepEqual(result, {
    kind: "rejected",
    httpStatus: 401,
    code: "unauthorized",
    message: "Missing or invalid API key (Authorization: Bearer <api key>)",
    conflictCallId: null,
  });
});

test("an invalid phone number is rejected 422 naming the field", async () => {
  const { result } = await send(body({ phone_number: "not a phone" }));
  assert.equal(result.kind, "rejected");
  assert.equal(result.httpStatus, 422);
  assert.equal(result.kind === "rejected" && result.message, "phone_number must be E.164 (+13105551234)");
});

test("an unknown assistant is rejected 404", async () => {
  const { result } = await send(body({ assistant_id: "Assistant-1" }));
  assert.equal(result.kind, "rejected");
  assert.equal(result.httpStatus, 404);
  assert.equal(result.kind === "rejected" && result.code, "assistant_not_found");
});

test("…0503 is accepted after two backed-off retries, one call stored", async () => {
  const key = randomUUID();
  const { result, slept } = await send(body({ phone_number: "+13105550503" }), { key });
  assertAccepted(result);
  assert.equal(slept.length, 2);
  assert.equal(callsWithKey(key).length, 1);
});

test("…0429 waits for Retry-After, then is accepted", async () => {
  const key = randomUUID();
  const { result, slept } = await send(body({ phone_number: "+13105550429" }), { key });
  assertAccepted(result);
  assert.deepEqual(slept, [1000]);
  assert.equal(callsWithKey(key).length, 1);
});

test("…0500 is retryable once attempts are exhausted", async () => {
  const key = randomUUID();
  const { result, slept } = await send(body({ phone_number: "+13105550500" }), { key, maxAttempts: 3 });
  assert.equal(result.kind, "retryable");
  assert.equal(result.httpStatus, 503);
  assert.equal(result.kind === "retryable" && result.code, "provider_unavailable");
  assert.equal(slept.length, 2);
  assert.equal(callsWithKey(key).length, 0);
});

test("…0400 is rejected 422 number_unreachable without retrying", async () => {
  const { result, slept } = await send(body({ phone_number: "+13105550400" }));
  assert.deepEqual(result, {
    kind: "rejected",
    httpStatus: 422,
    code: "number_unreachable",
    message: "This number cannot receive calls (simulator test number)",
    conflictCallId: null,
  });
  assert.equal(slept.length, 0);
});

test("…0408 times out once, then is accepted on the retry as a single call", async () => {
  const key = randomUUID();
  const { result, slept } = await send(body({ phone_number: "+13105550408" }), { key, cfg: { timeoutMs: 300 } });
  assertAccepted(result);
  assert.equal(slept.length, 1);
  assert.equal(callsWithKey(key).length, 1);
});

test("a refused connection is retryable with no HTTP status", async () => {
  const gone = await startSimulatorServer({ port: 0, apiKey: API_KEY });
  await gone.close();
  const { result, slept } = await send(body(), { cfg: { baseUrl: gone.url }, maxAttempts: 2 });
  assert.equal(result.kind, "retryable");
  assert.equal(result.httpStatus, null);
  assert.equal(result.kind === "retryable" && result.code, "network_error");
  assert.equal(slept.length, 1);
});
