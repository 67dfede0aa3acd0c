import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, test } from "node:test";
import { TEST_SIMULATOR_CREDENTIALS } from "@/db/testing/simulator-credentials";
import type { ProviderConfig } from "@/lib/env";
import { verifyWebhook } from "@/lib/webhooks/signature";
import { sendCallRequest } from "../client";
import type { ProviderCallRequest } from "../types";
import type { CompletedData, FailedData, TranscriptBody } from "./events";
import { startSimulatorServer, type SimulatorServer } from "./server";
import { expectedSignature, startReceiver, type Receiver, type ReceivedWebhook } from "./test-receiver";

// Real HTTP both ways: the client places calls on the simulator, which plays them out and posts
// signed webhooks to a receiver on a loopback port. The speed makes a 60-second call take ~0.6 s.

const API_KEY = "sk_sim_test";
const SECRET = TEST_SIMULATOR_CREDENTIALS.webhookSecret;
const LIFECYCLE = ["voice_call.queued", "voice_call.dialing", "voice_call.ringing", "voice_call.in_progress", "voice_call.completed"];
const slots = [
  { start: "2026-12-01T09:00:00-08:00", end: "2026-12-01T11:00:00-08:00" },
  { start: "2026-12-01T13:00:00-08:00", end: "2026-12-01T15:00:00-08:00" },
  { start: "2026-12-02T09:30:00-08:00", end: "2026-12-02T11:30:00-08:00" },
];

let sim: SimulatorServer;
let receiver: Receiver;
let config: ProviderConfig;

before(async () => {
  receiver = await startReceiver();
  sim = await startSimulatorServer({ apiKey: API_KEY, webhookSecret: SECRET, speed: 100 });
  config = { baseUrl: sim.url, apiKey: API_KEY, webhookSecret: SECRET, simulated: true, timeoutMs: 5000 };
});
after(async () => {
  await sim.close();
  await receiver.close();
});

function body(lastFour: string, overrides: Partial<ProviderCallRequest> = {}): ProviderCallRequest {
  return {
    phone_number: `+1310555${lastFour}`,
    assistant_id: "asst_callback_001",
    customer_info: { name: "Jonathan Smith", customer_id: "cust_1", preferred_name: "Jon" },
    call_purpose: "callback",
    context: { callback_reason: "Questions about AC maintenance pricing" },
    scheduling_options: { available_slots: slots, service_duration_minutes: 60 },
    max_duration: 600,
    record_call: true,
    webhook_url: receiver.url,
    ...overrides,
  };
}

async function place(lastFour: string, overrides: Partial<ProviderCallRequest> = {}): Promise<string> {
  const result = await sendCallRequest(config, {
    body: body(lastFour, overrides),
    idempotencyKey: randomUUID(),
    providerWorkspaceId: "ws_summit_demo",
  });
  assert.equal(result.kind, "accepted", JSON.stringify(result));
  return result.kind === "accepted" ? (result.call.call_id ?? "") : "";
}

const forCall = (callId: string, hooks: ReceivedWebhook[]) => hooks.filter((h) => h.envelope.call_id === callId);
const until = (callId: string, event: string) => receiver.waitFor((all) => forCall(callId, all).some((h) => h.envelope.event === event));
const media = (
  callId: string,
  kind: string,
  headers: Record<string, string> = { Authorization: `Bearer ${API_KEY}`, "X-Workspace-ID": "ws_summit_demo" },
) => fetch(`${sim.url}/calls/${callId}/${kind}`, { headers });

test("0901 plays out in order with valid signatures, books an offered slot, and serves its transcript", async () => {
  const callId = await place("0901");
  const hooks = forCall(callId, await until(callId, "voice_call.completed"));
  assert.deepEqual(
    hooks.map((h) => h.envelope.event),
    LIFECYCLE,
  );
  for (const h of hooks) {
    const verified = verifyWebhook({ secrets: [SECRET], headers: h, body: h.body });
    assert.ok(verified.ok, `${h.envelope.event}: ${JSON.stringify(verified)}`);
    assert.equal(h.signature, expectedSignature(SECRET, h));
    assert.match(h.envelope.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  }
  assert.equal(new Set(hooks.map((h) => h.id)).size, hooks.length, "one webhook-id per event");
  assert.equal(hooks[3].envelope.data.status, "in_progress");

  const completed = hooks[4].envelope.data as CompletedData;
  assert.equal(completed.status, "completed");
  assert.equal(completed.outcome?.type, "appointment_scheduled");
  assert.ok(
    slots.some((s) => s.start === completed.outcome?.appointment_start),
    completed.outcome?.appointment_start,
  );
  assert.equal(completed.transcript_url, `${sim.url}/calls/${callId}/transcript`);
  assert.equal(completed.recording_url, `${sim.url}/calls/${callId}/recording`);

  const transcriptRes = await fetch(completed.transcript_url, {
    headers: { Authorization: `Bearer ${API_KEY}`, "X-Workspace-ID": "ws_summit_demo" },
  });
  assert.equal(transcriptRes.status, 200);
  const transcript = (await transcriptRes.json()) as TranscriptBody;
  assert.equal(transcript.call_id, callId);
  assert.ok(transcript.utterances.some((u) => u.speaker === "assistant" && u.text.startsWith("Hi Jon,")));
  assert.ok(transcript.utterances.every((u) => u.end > u.start && (u.speaker === "assistant" || u.speaker === "customer")));
  assert.ok(completed.duration >= transcript.utterances[transcript.utterances.length - 1].end);
  // The receiver sees the last event a moment before the simulator logs its answer.
  await receiver.waitFor(() => sim.store.playback.get(callId)?.deliveries.length === LIFECYCLE.length);
  const log = sim.store.playback.get(callId)?.deliveries ?? [];
  assert.deepEqual(
    log.map((d) => [d.event, d.attempt, d.statusCode, d.error]),
    LIFECYCLE.map((e) => [e, 1, 204, null]),
  );
});

test("the recording is a WAV as long as the call, seekable with Range, behind the API key", async () => {
  const callId = await place("0901");
  const completed = (await until(callId, "voice_call.completed")).find(
    (h) => h.envelope.call_id === callId && h.envelope.event === "voice_call.completed",
  )?.envelope.data as CompletedData;

  const res = await media(callId, "recording");
  assert.equal(res.status, 200);
  assert.equal(res.headers.get("content-type"), "audio/wav");
  assert.equal(res.headers.get("accept-ranges"), "bytes");
  const wav = Buffer.from(await res.arrayBuffer());
  assert.equal(wav.toString("ascii", 0, 4), "RIFF");
  assert.equal(wav.toString("ascii", 8, 12), "WAVE");
  assert.equal(wav.toString("ascii", 36, 40), "data");
  const seconds = wav.readUInt32LE(40) / (8000 * 2);
  assert.ok(Math.abs(seconds - completed.duration) <= 1, `${seconds} s of audio for a ${completed.duration} s call`);

  const part = await media(callId, "recording", {
    Authorization: `Bearer ${API_KEY}`,
    "X-Workspace-ID": "ws_summit_demo",
    Range: "bytes=44-1043",
  });
  assert.equal(part.status, 206);
  assert.equal(part.headers.get("content-range"), `bytes 44-1043/${wav.length}`);
  assert.deepEqual(Buffer.from(await part.arrayBuffer()), wav.subarray(44, 1044));
  const beyond = await media(callId, "recording", {
    Authorization: `Bearer ${API_KEY}`,
    "X-Workspace-ID": "ws_summit_demo",
    Range: `bytes=${wav.length}-`,
  });
  assert.equal(beyond.status, 416);

  for (const kind of ["recording", "transcript"]) {
    assert.equal((await media(callId, kind, {})).status, 401, `${kind} without a key`);
    assert.equal((await media(callId, kind, { Authorization: "Bearer wrong" })).status, 401, `${kind} with a wrong key`);
  }
  assert.equal((await media("call_doesnotexist", "transcript")).status, 404);
  // One API key serves every workspace of an install: another workspace's call is not found.
  for (const kind of ["recording", "transcript"]) {
    const other = await media(callId, kind, { Authorization: `Bearer ${API_KEY}`, "X-Workspace-ID": "ws_valley_demo" });
    assert.equal(other.status, 404, `${kind} for another workspace`);
    assert.equal((await media(callId, kind, { Authorization: `Bearer ${API_KEY}` })).status, 404, `${kind} without a workspace`);
  }
});

test("an unrecorded call has a transcript but no recording_url or recording", async () => {
  const callId = await place("0906", { record_call: false });
  const hook = (await until(callId, "voice_call.completed")).find(
    (h) => h.envelope.call_id === callId && h.envelope.event === "voice_call.completed",
  );
  const completed = hook?.envelope.data as CompletedData;
  assert.equal(completed.outcome?.type, "information_provided");
  assert.equal("recording_url" in completed, false);
  assert.equal((await media(callId, "recording")).status, 404);
  assert.equal((await media(callId, "transcript")).status, 200);
});

test("failure numbers end in voice_call.failed with their status", async () => {
  const cases = [
    ["0920", "no_answer", ["queued", "dialing", "ringing", "failed"]],
    ["0921", "busy", ["queued", "dialing", "failed"]],
    ["0922", "failed", ["queued", "dialing", "failed"]],
    ["0923", "canceled", ["queued", "failed"]],
  ] as const;
  const ids = await Promise.all(cases.map(([lastFour]) => place(lastFour)));
  const all = await receiver.waitFor((hooks) =>
    ids.every((id) => forCall(id, hooks).some((h) => h.envelope.event === "voice_call.failed")),
  );
  cases.forEach(([lastFour, status, events], i) => {
    const hooks = forCall(ids[i], all);
    assert.deepEqual(
      hooks.map((h) => h.envelope.event.replace("voice_call.", "")),
      events,
      lastFour,
    );
    const data = hooks[hooks.length - 1].envelope.data as FailedData;
    assert.equal(data.status, status, lastFour);
    assert.equal(data.duration, 0);
    assert.ok(data.reason.length > 0);
  });
  assert.equal((forCall(ids[2], all).at(-1)?.envelope.data as FailedData).reason, "carrier error");
});

test("0910 completes without an outcome, 0911 with an unknown type, 0903 on voicemail", async () => {
  const [none, unknown, voicemail] = await Promise.all([place("0910"), place("0911"), place("0903")]);
  const all = await receiver.waitFor((hooks) => [none, unknown, voicemail].every((id) => forCall(id, hooks).length === 5));
  const completedOf = (id: string) => forCall(id, all)[4].envelope.data as CompletedData;
  assert.equal("outcome" in completedOf(none), false);
  assert.ok(completedOf(none).ai_summary);
  assert.equal(completedOf(unknown).outcome?.type, "warranty_claim");
  assert.equal(completedOf(voicemail).answered_by, "voicemail");
  assert.equal(completedOf(voicemail).outcome?.type, "voicemail_left");
  assert.deepEqual(forCall(voicemail, all)[3].envelope.data, { status: "in_progress", answered_by: "voicemail" });
});

test("0930 gets stuck in progress: nothing further is scheduled and it has no transcript", async () => {
  const callId = await place("0930");
  await until(callId, "voice_call.in_progress");
  const playback = sim.store.playback.get(callId);
  await receiver.waitFor(() => playback?.timers.size === 0 && playback.deliveries.length === 4);
  assert.equal(playback?.status, "in_progress");
  assert.deepEqual(
    forCall(callId, receiver.received).map((h) => h.envelope.event),
    LIFECYCLE.slice(0, 4),
  );
  assert.equal((await media(callId, "transcript")).status, 404);
});

test("a webhook_url off the allow-list is refused and never sent", async () => {
  const callId = await place("0901", { webhook_url: "http://192.0.2.10/api/webhooks/provider" });
  const playback = sim.store.playback.get(callId);
  await receiver.waitFor(() => (playback?.deliveries.length ?? 0) > 0);
  assert.equal(playback?.deliveries[0].statusCode, null);
  assert.match(playback?.deliveries[0].error ?? "", /^refused/);
});

test("the tracking page shows the call's status and deliveries, without a key", async () => {
  const callId = await place("0904");
  await until(callId, "voice_call.completed");
  const res = await fetch(`${new URL(sim.url).origin}/track/${callId}`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get("content-type") ?? "", /^text\/html/);
  const html = await res.text();
  assert.match(html, /Status: <strong>completed<\/strong>/);
  assert.match(html, /voice_call\.completed/);
  assert.doesNotMatch(html, /Jonathan|\+1310555/);
});
