import { env } from "@/lib/env";
import { randomBytes } from "node:crypto";
import { conversationOf } from "./conversation";
import type { WebhookData, WebhookEnvelope, WebhookEventName } from "./events";
import { planCall } from "./outcome-numbers";
import { unitHash } from "./seeded";
import type { CallPlayback, SimulatorCall, SimulatorStore } from "./store";
import { DELIVERY_TIMEOUT_MS, sendWebhook, type DeliveryPolicy } from "./webhook-sender";
import { log } from "@/lib/log/logger";

/**
 * Plays an accepted call out as the provider would: queued → dialing → ringing → in_progress →
 * completed, or an early voice_call.failed, each step sent as a signed webhook. Timings are real
 * seconds divided by the speed (SIMULATOR_SPEED), so tests can run a call in well under a second.
 */

export type PlayerOptions = {
  store: SimulatorStore;
  webhookSecret: string;
  /** The simulator's public base, for transcript and recording URLs. */
  publicBaseUrl: string;
  /** Origins webhooks may be delivered to besides loopback, e.g. the app's own. */
  allowWebhookOrigins?: readonly string[];
  /** Deliver to 127.0.0.1, localhost and [::1] on any port; on unless turned off. */
  allowLoopback?: boolean;
  /** Default: SIMULATOR_SPEED, read when the call is placed, else 1. */
  speed?: number;
  deliveryTimeoutMs?: number;
  fetchImpl?: typeof fetch;
};

type Step = { afterMs: number; event: WebhookEventName; data: WebhookData };

/** SIMULATOR_SPEED, read as each call is placed; 1 is real time. */
export function simulatorSpeed(): number {
  return env().SIMULATOR_SPEED;
}

/** The 201 goes out before the first webhook, as with a real provider's queue. */
const QUEUE_NOTICE_MS = 500;
const DIAL_MS = 1_000;

function stepsFor(call: SimulatorCall, publicBaseUrl: string): Step[] {
  const wait = call.response.data.estimated_wait;
  const ringMs = 2_000 + Math.floor(unitHash(call.callId, "ring") * 6_000);
  const queued: Step = { afterMs: QUEUE_NOTICE_MS, event: "voice_call.queued", data: { status: "queued", estimated_wait: wait } };
  const dialing: Step = { afterMs: wait * 1000, event: "voice_call.dialing", data: { status: "dialing" } };
  const ringing: Step = { afterMs: DIAL_MS, event: "voice_call.ringing", data: { status: "ringing" } };
  const ending = planCall(call.request, call.callId);

  if (ending.kind === "failed") {
    const failed = (afterMs: number): Step => ({
      afterMs,
      event: "voice_call.failed",
      data: { status: ending.status, reason: ending.reason, duration: 0 },
    });
    if (ending.status === "canceled") return [queued, failed(wait * 1000)];
    if (ending.status === "busy") return [queued, dialing, failed(1_500)];
    if (ending.status === "failed") return [queued, dialing, failed(3_000)];
    return [queued, dialing, ringing, failed(30_000)];
  }
  if (ending.kind === "stuck") {
    return [
      queued,
      dialing,
      ringing,
      { afterMs: ringMs, event: "voice_call.in_progress", data: { status: "in_progress", answered_by: "human" } },
    ];
  }
  const { completed } = conversationOf(call, publicBaseUrl);
  // Voicemail picks up sooner than a person does.
  const answerMs = completed.answered_by === "voicemail" ? Math.max(2_000, ringMs / 2) : ringMs;
  return [
    queued,
    dialing,
    ringing,
    { afterMs: answerMs, event: "voice_call.in_progress", data: { status: "in_progress", answered_by: completed.answered_by } },
    { afterMs: completed.duration * 1000, event: "voice_call.completed", data: completed },
  ];
}

function sleep(ms: number, playback: CallPlayback): Promise<void> {
  return new Promise((resolve) => {
    if (playback.abort.signal.aborted) return resolve();
    const timer = setTimeout(() => {
      playback.timers.delete(timer);
      resolve();
    }, ms);
    timer.unref();
    playback.timers.add(timer);
    playback.abort.signal.addEventListener("abort", () => resolve(), { once: true });
  });
}

const isoSeconds = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, "Z");

async function run(call: SimulatorCall, steps: Step[], playback: CallPlayback, policy: DeliveryPolicy): Promise<void> {
  for (const step of steps) {
    // The gap runs from the end of the previous event's first attempt, so events go out in order.
    await sleep(step.afterMs / policy.speed, playback);
    if (playback.abort.signal.aborted) return;
    const at = new Date();
    const webhookId = `msg_${randomBytes(12).toString("hex")}`;
    playback.status = step.data.status;
    playback.events.push({ event: step.event, webhookId, at });
    const envelope: WebhookEnvelope = { event: step.event, call_id: call.callId, timestamp: isoSeconds(at), data: step.data };
    await sendWebhook(envelope, webhookId, call.request.webhook_url, playback, policy);
  }
}

/** Starts playing a call; a call already playing (or played) in this store is left alone. */
export function playCall(call: SimulatorCall, opts: PlayerOptions): CallPlayback {
  const existing = opts.store.playback.get(call.callId);
  if (existing) return existing;
  const playback: CallPlayback = { status: "queued", events: [], deliveries: [], timers: new Set(), abort: new AbortController() };
  opts.store.playback.set(call.callId, playback);
  const policy: DeliveryPolicy = {
    secret: opts.webhookSecret,
    allowOrigins: opts.allowWebhookOrigins ?? [],
    allowLoopback: opts.allowLoopback ?? true,
    speed: opts.speed ?? simulatorSpeed(),
    timeoutMs: opts.deliveryTimeoutMs ?? DELIVERY_TIMEOUT_MS,
    fetchImpl: opts.fetchImpl ?? fetch,
  };
  const steps = stepsFor(call, opts.publicBaseUrl);
  run(call, steps, playback, policy).catch((err: unknown) => log.error({ err, callId: call.callId }, "simulator: playing a call failed"));
  return playback;
}

/** Cancels the timers and in-flight deliveries of the given calls (all of the store's by default). */
export function stopPlayback(store: SimulatorStore, callIds: Iterable<string> = store.playback.keys()): void {
  for (const id of callIds) {
    const playback = store.playback.get(id);
    if (!playback) continue;
    playback.abort.abort();
    for (const timer of playback.timers) clearTimeout(timer);
    playback.timers.clear();
  }
}
