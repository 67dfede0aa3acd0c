import assert from "node:assert/strict";
import { test } from "node:test";
import type { ProviderConfig } from "@/lib/env";
import { backoffMs, classifyStatus, parseRetryAfter, sendCallRequest } from "./client";
import type { ProviderCallRequest } from "./types";

test("classifyStatus: 2xx accepted", () => {
  for (const s of [200, 201, 202]) assert.equal(classifyStatus(s), "accepted");
});

test("classifyStatus: 4xx rejected except 408 and 429", () => {
  for (const s of [400, 401, 403, 404, 409, 410, 415, 422, 451]) assert.equal(classifyStatus(s), "rejected", `${s}`);
  assert.equal(classifyStatus(429), "retry");
  assert.equal(classifyStatus(408), "retry");
});

test("classifyStatus: 5xx retried, 3xx rejected", () => {
  for (const s of [500, 502, 503, 504, 599]) assert.equal(classifyStatus(s), "retry", `${s}`);
  for (const s of [301, 302, 307, 308]) assert.equal(classifyStatus(s), "rejected", `${s}`);
});

test("parseRetryAfter: delay-seconds", () => {
  assert.equal(parseRetryAfter("0"), 0);
  assert.equal(parseRetryAfter("1"), 1000);
  assert.equal(parseRetryAfter(" 120 "), 120_000);
});

test("parseRetryAfter: HTTP-date relative to now, past dates are 0", () => {
  const now = Date.parse("2024-01-20T15:45:00Z");
  assert.equal(parseRetryAfter("Sat, 20 Jan 2024 15:45:30 GMT", now), 30_000);
  assert.equal(parseRetryAfter("Sat, 20 Jan 2024 15:44:00 GMT", now), 0);
});

test("parseRetryAfter: absent or garbage is null", () => {
  for (const v of [null, undefined, "", "soon", "-5", "1.5", "1e3", "tomorrow at noon", "Someday"]) {
    assert.equal(parseRetryAfter(v, 0), null, String(v));
  }
});

test("backoffMs: full jitter from 500 ms, capped at 8 s", () => {
  assert.equal(
    backoffMs(1, () => 0),
    0,
  );
  assert.equal(
    backoffMs(1, () => 1),
    500,
  );
  assert.equal(
    backoffMs(2, () => 1),
    1000,
  );
  assert.equal(
    backoffMs(3, () => 1),
    2000,
  );
  assert.equal(
    backoffMs(5, () => 1),
    8000,
  );
  assert.equal(
    backoffMs(12, () => 1),
    8000,
  );
  assert.equal(
    backoffMs(12, () => 0),
    0,
  );
  for (let attempt = 1; attempt <= 10; attempt++) {
    const ms = backoffMs(attempt, Math.random);
    assert.ok(ms >= 0 && ms <= 8000, `attempt ${attempt}: ${ms}`);
  }
});

const config: ProviderConfig = {
  baseUrl: "https://provider.test/v1",
  apiKey: "sk_test",
  webhookSecret: "whsec_dGVzdA==",
  simulated: false,
  timeoutMs: 1000,
};

const body: ProviderCallRequest = {
  phone_number: "+13105551234",
  assistant_id: "asst_callback_001",
  customer_info: { name: "John Smith" },
  call_purpose: "callback",
  max_duration: 300,
  record_call: false,
  webhook_url: "https://app.test/api/webhooks/provider",
};

function scripted(responses: Array<() => Response>): { fetchImpl: typeof fetch; requests: Request[] } {
  const requests: Request[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    requests.push(new Request(input, init));
    const next = responses.shift();
    if (!next) throw new Error("unexpected request");
    return next();
  };
  return { fetchImpl, requests };
}

test("sendCallRequest: a 2xx without a call id is retried as bad_response", async () => {
  const { fetchImpl, requests } = scripted([() => Response.json({ ok: true }), () => new Response("<html>")]);
  const result = await sendCallRequest(
    config,
    { body, idempotencyKey: "k1", providerWorkspaceId: "ws_1" },
    {
      maxAttempts: 2,
      sleep: async () => {},
      fetchImpl,
    },
  );
  assert.equal(result.kind, "retryable");
  assert.equal(result.kind === "retryable" && result.code, "bad_response");
  assert.equal(requests.length, 2);
  assert.deepEqual(
    requests.map((r) => r.headers.get("idempotency-key")),
    ["k1", "k1"],
  );
});

test("sendCallRequest: network errors are retryable, a long Retry-After returns at once", async () => {
  const reset = Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNRESET" } });
  const { fetchImpl } = scripted([
    () => {
      throw reset;
    },
    () => Response.json({ error: { code: "rate_limited", message: "slow down" } }, { status: 429, headers: { "Retry-After": "120" } }),
  ]);
  const slept: number[] = [];
  const result = await sendCallRequest(
    config,
    { body, idempotencyKey: "k2", providerWorkspaceId: "ws_1" },
    {
      maxAttempts: 5,
      sleep: async (ms) => void slept.push(ms),
      random: () => 1,
      fetchImpl,
    },
  );
  assert.deepEqual(slept, [500]);
  assert.deepEqual(result, {
    kind: "retryable",
    httpStatus: 429,
    code: "rate_limited",
    message: "slow down",
    retryAfterMs: 120_000,
  });
});

test("sendCallRequest: an unparseable 4xx is rejected with a plain sentence", async () => {
  const { fetchImpl } = scripted([() => new Response("nope", { status: 403 })]);
  const result = await sendCallRequest(config, { body, idempotencyKey: "k3", providerWorkspaceId: "ws_1" }, { fetchImpl });
  assert.deepEqual(result, {
    kind: "rejected",
    httpStatus: 403,
    code: "http_403",
    message: "The provider refused the call (HTTP 403).",
  });
});
