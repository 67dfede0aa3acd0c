import assert from "node:assert/strict";
import { test } from "node:test";
import type { ProviderError } from "../types";
import { createSimulatorStore, handleSimulatorRequest, type SimulatorOptions } from "./index";

const API_KEY = "sk_sim_test";
const URL_ = "http://sim.test/api/simulator/v1/outbound/voice/call";

const validBody = {
  phone_number: "(310) 555-1234",
  assistant_id: "asst_callback_001",
  customer_info: { name: "John Smith" },
  call_purpose: "follow_up",
  webhook_url: "https://app.test/api/webhooks/provider",
};

function post(body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(URL_, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${API_KEY}`,
      "X-Workspace-ID": "ws_1",
      "Content-Type": "application/json",
      "Idempotency-Key": crypto.randomUUID(),
      ...headers,
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

function opts(extra: Partial<SimulatorOptions> = {}): SimulatorOptions {
  return { apiKey: API_KEY, publicBaseUrl: "http://sim.test/api/simulator", store: createSimulatorStore(), ...extra };
}

async function errorOf(res: Response): Promise<{ status: number; code: string; message: string; retryable: boolean }> {
  const json = (await res.json()) as ProviderError;
  return { status: res.status, ...json.error };
}

test("accepts US formats, normalizes to E.164 and applies defaults", async () => {
  const o = opts();
  const res = await handleSimulatorRequest(post(validBody), o);
  assert.equal(res.status, 201);
  const { data } = (await res.json()) as { data: { call_id: string; tracking_url: string; estimated_wait: number } };
  assert.equal(data.tracking_url, `http://sim.test/api/simulator/track/${data.call_id}`);
  assert.ok(data.estimated_wait >= 1 && data.estimated_wait <= 5);
  const call = o.store?.calls.get(data.call_id);
  assert.equal(call?.request.phone_number, "+13105551234");
  assert.equal(call?.request.max_duration, 600);
  assert.equal(call?.request.record_call, false);
});

test("header checks: 403, 415, 400 missing key, 400 invalid json", async () => {
  assert.equal((await errorOf(await handleSimulatorRequest(post(validBody, { "X-Workspace-ID": " " }), opts()))).code, "forbidden");
  const wrongType = await handleSimulatorRequest(post(validBody, { "Content-Type": "text/plain" }), opts());
  assert.equal(wrongType.status, 415);
  const noKey = await handleSimulatorRequest(post(validBody, { "Idempotency-Key": "" }), opts());
  assert.equal((await errorOf(noKey)).code, "missing_idempotency_key");
  const badJson = await handleSimulatorRequest(post("{nope"), opts());
  assert.deepEqual(await errorOf(badJson), {
    status: 400,
    code: "invalid_json",
    message: "The body is not valid JSON",
    retryable: false,
  });
});

test("validation names the field; unknown keys are refused", async () => {
  const cases: Array<[unknown, string]> = [
    [{ ...validBody, callPurpose: "x" }, "unknown field: callPurpose"],
    [{ ...validBody, call_purpose: "sales" }, "call_purpose must be one of"],
    [{ ...validBody, customer_info: {} }, "customer_info.name is required"],
    [{ ...validBody, max_duration: 10 }, "max_duration must be 30 to 3600 seconds"],
    [{ ...validBody, webhook_url: "ftp://x.test/hook" }, "webhook_url must be an http(s) URL"],
    [{ ...validBody, context: { custom_message: "x".repeat(2001) } }, "context.custom_message must be at most 2,000"],
    [
      { ...validBody, scheduling_options: { available_slots: [{ start: "2024-01-23T14:00:00Z", end: "2024-01-23T13:00:00Z" }] } },
      "scheduling_options.available_slots.0.end must be after start",
    ],
    [
      { ...validBody, scheduling_options: { available_slots: [{ start: "2024-01-23T14:00:00", end: "2024-01-23T15:00:00" }] } },
      "scheduling_options.available_slots.0.start must be ISO-8601 with an offset",
    ],
  ];
  for (const [body, expected] of cases) {
    const err = await errorOf(await handleSimulatorRequest(post(body), opts()));
    assert.equal(err.status, 422, expected);
    assert.equal(err.code, "validation_error");
    assert.ok(err.message.includes(expected), `${err.message} should include ${expected}`);
  }
});

test("a replay returns the first answer byte for byte", async () => {
  const o = opts();
  const headers = { "Idempotency-Key": "same-key" };
  const first = await handleSimulatorRequest(post(validBody, headers), o);
  const reordered = Object.fromEntries(Object.entries(validBody).reverse());
  const second = await handleSimulatorRequest(post(reordered, headers), o);
  assert.equal(second.status, first.status);
  assert.equal(second.headers.get("idempotent-replayed"), "true");
  assert.equal(await second.text(), await first.text());
  assert.equal(o.store?.calls.size, 1);
});

test("more than 1,000 requests a minute per key are rate limited", async () => {
  let now = 1_000_000;
  const o = opts({ now: () => now });
  for (let i = 0; i < 1000; i++) {
    const res = await handleSimulatorRequest(post(validBody, { "X-Workspace-ID": "" }), o);
    assert.equal(res.status, 403);
    now += 30;
  }
  const limited = await handleSimulatorRequest(post(validBody), o);
  assert.equal(limited.status, 429);
  assert.equal(limited.headers.get("retry-after"), "30");
  now += 30_000;
  assert.equal((await handleSimulatorRequest(post(validBody), o)).status, 201);
});

test("unknown paths and methods", async () => {
  assert.equal((await handleSimulatorRequest(new Request("http://sim.test/v1/nope"), opts())).status, 404);
  assert.equal((await handleSimulatorRequest(new Request("http://sim.test/v1/outbound/voice/call"), opts())).status, 405);
});
