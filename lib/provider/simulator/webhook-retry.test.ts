import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { test } from "node:test";
import { TEST_SIMULATOR_CREDENTIALS } from "@/db/testing/simulator-credentials";
import { verifyWebhook } from "@/lib/webhooks/signature";
import { sendCallRequest } from "../client";
import type { ProviderCallRequest } from "../types";
import { startSimulatorServer, type SimulatorServerOptions } from "./server";
import { expectedSignature, startReceiver, type Answer, type ReceivedWebhook } from "./test-receiver";

const API_KEY = "sk_sim_test";
const SECRET = TEST_SIMULATOR_CREDENTIALS.webhookSecret;

async function scenario(answer: (hook: ReceivedWebhook, seen: number) => Answer, opts: Partial<SimulatorServerOptions>) {
  const seen = new Map<string, number>();
  const receiver = await startReceiver((hook) => {
    const n = (seen.get(hook.id) ?? 0) + 1;
    seen.set(hook.id, n);
    return answer(hook, n);
  });
  const sim = await startSimulatorServer({ apiKey: API_KEY, webhookSecret: SECRET, ...opts });
  const body: ProviderCallRequest = {
    phone_number: "+13105550906",
    assistant_id: "asst_callback_001",
    customer_info: { name: "Ada Byron" },
    call_purpose: "follow_up",
    max_duration: 600,
    record_call: false,
    webhook_url: receiver.url,
  };
  const config = { baseUrl: sim.url, apiKey: API_KEY, webhookSecret: SECRET, simulated: true, timeoutMs: 5000 };
  const result = await sendCallRequest(config, { body, idempotencyKey: randomUUID(), providerWorkspaceId: "ws_test" });
  assert.equal(result.kind, "accepted");
  const callId = result.kind === "accepted" ? (result.call.call_id ?? "") : "";
  return {
    receiver,
    playback: () => sim.store.playback.get(callId),
    close: async () => {
      await sim.close();
      await receiver.close();
    },
  };
}

test("a 500 is retried with the same webhook-id, a new timestamp and a fresh signature", async () => {
  // Speed 4 puts the first retry 1.25 s after the first attempt, so its unix-second timestamp differs.
  const s = await scenario((hook, n) => ({ status: hook.envelope.event === "voice_call.queued" && n === 1 ? 500 : 200 }), { speed: 4 });
  try {
    const queuedLog = () => s.playback()?.deliveries.filter((d) => d.event === "voice_call.queued") ?? [];
    const hooks = await s.receiver.waitFor(() => queuedLog().length >= 2);
    const [first, retry] = hooks.filter((h) => h.envelope.event === "voice_call.queued");
    assert.equal(retry.id, first.id);
    assert.equal(retry.body, first.body, "the same event, byte for byte");
    assert.ok(Number(retry.timestamp) > Number(first.timestamp), `${retry.timestamp} after ${first.timestamp}`);
    assert.notEqual(retry.signature, first.signature);
    for (const h of [first, retry]) {
      assert.ok(verifyWebhook({ secrets: [SECRET], headers: h, body: h.body }).ok);
      assert.equal(h.signature, expectedSignature(SECRET, h));
    }
    assert.deepEqual(
      queuedLog().map((d) => [d.attempt, d.statusCode, d.error]),
      [
        [1, 500, "HTTP 500"],
        [2, 200, null],
      ],
    );
  } finally {
    await s.close();
  }
});

test("an answer slower than the delivery timeout counts as failed and is retried; later events are not held back", async () => {
  const s = await scenario(
    (hook, n) => (hook.envelope.event === "voice_call.queued" && n === 1 ? { status: 200, delayMs: 2_000 } : { status: 204 }),
    {
      speed: 100,
      deliveryTimeoutMs: 200,
    },
  );
  try {
    // The log, not the receiver, says when the simulator has its answers.
    const hooks = await s.receiver.waitFor(
      () =>
        (s.playback()?.deliveries ?? []).some((d) => d.event === "voice_call.completed") &&
        (s.playback()?.deliveries.filter((d) => d.event === "voice_call.queued").length ?? 0) >= 2,
    );
    const queued = hooks.filter((h) => h.envelope.event === "voice_call.queued");
    assert.equal(queued[1].id, queued[0].id);
    const log = s.playback()?.deliveries ?? [];
    assert.deepEqual(
      log.filter((d) => d.event === "voice_call.queued").map((d) => [d.attempt, d.error]),
      [
        [1, "no answer within 0.2 s"],
        [2, null],
      ],
    );
    assert.ok(log.some((d) => d.event === "voice_call.completed" && d.statusCode === 204));
  } finally {
    await s.close();
  }
});

test("each retry waits its turn in the schedule and the sender gives up after the last", async () => {
  // Speed 40,000 compresses the schedule (5 s … 10 h, ~17.6 h in all) into about 1.6 s of timers.
  const s = await scenario(() => ({ status: 503 }), { speed: 40_000 });
  try {
    await s.receiver.waitFor(() => (s.playback()?.deliveries.filter((d) => d.event === "voice_call.queued").length ?? 0) >= 7, 30_000);
    const playback = s.playback();
    await s.receiver.waitFor(() => playback?.timers.size === 0 && playback.status === "completed", 30_000);
    const attempts = (playback?.deliveries ?? []).filter((d) => d.event === "voice_call.queued");
    assert.deepEqual(
      attempts.map((d) => d.attempt),
      [1, 2, 3, 4, 5, 6, 7],
    );
    assert.ok(attempts.every((d) => d.statusCode === 503));
    assert.equal(new Set(attempts.map((d) => d.webhookId)).size, 1);
  } finally {
    await s.close();
  }
});
