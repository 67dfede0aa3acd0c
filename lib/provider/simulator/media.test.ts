import assert from "node:assert/strict";
import { test } from "node:test";
import { parseRange } from "./media";
import { SAMPLE_RATE, synthesizeRecording } from "./wav";
import { isAllowedWebhookUrl } from "./webhook-sender";

test("Range: one range, open-ended, suffix, unsatisfiable, and ignored forms", () => {
  assert.deepEqual(parseRange("bytes=0-99", 1000), { start: 0, end: 99 });
  assert.deepEqual(parseRange("bytes=900-", 1000), { start: 900, end: 999 });
  assert.deepEqual(parseRange("bytes=900-5000", 1000), { start: 900, end: 999 });
  assert.deepEqual(parseRange("bytes=-100", 1000), { start: 900, end: 999 });
  assert.equal(parseRange("bytes=1000-", 1000), "unsatisfiable");
  assert.equal(parseRange("bytes=-0", 1000), "unsatisfiable");
  assert.equal(parseRange("bytes=0-1,5-6", 1000), null);
  assert.equal(parseRange("items=0-1", 1000), null);
  assert.equal(parseRange(null, 1000), null);
});

test("a recording is an 8 kHz mono 16-bit WAV exactly as long as asked, deterministic, with speech where utterances are", () => {
  const utterances = [
    { speaker: "customer" as const, text: "Hello?", start: 0.5, end: 1.1 },
    { speaker: "assistant" as const, text: "Hi Jon, this is Ava calling about your estimate.", start: 1.8, end: 5.2 },
  ];
  const wav = synthesizeRecording(utterances, 7, "call_x");
  assert.equal(wav.toString("ascii", 0, 4), "RIFF");
  assert.equal(wav.toString("ascii", 8, 12), "WAVE");
  assert.equal(wav.readUInt16LE(20), 1);
  assert.equal(wav.readUInt16LE(22), 1);
  assert.equal(wav.readUInt32LE(24), SAMPLE_RATE);
  assert.equal(wav.readUInt16LE(34), 16);
  assert.equal(wav.readUInt32LE(40), 7 * SAMPLE_RATE * 2);
  assert.equal(wav.length, 44 + 7 * SAMPLE_RATE * 2);
  assert.deepEqual(wav, synthesizeRecording(utterances, 7, "call_x"));

  const rms = (from: number, to: number) => {
    let sum = 0;
    for (let s = from * SAMPLE_RATE; s < to * SAMPLE_RATE; s++) sum += wav.readInt16LE(44 + s * 2) ** 2;
    return Math.sqrt(sum / ((to - from) * SAMPLE_RATE));
  };
  assert.ok(rms(2, 5) > 20 * rms(5.5, 7), "speech is well above the line noise");
});

test("webhooks go only to allowed origins (SSRF guard)", () => {
  const policy = { allowOrigins: ["https://callboard.example.com"], allowLoopback: true };
  assert.equal(isAllowedWebhookUrl("https://callboard.example.com/api/webhooks/provider", policy), true);
  assert.equal(isAllowedWebhookUrl("https://callboard.example.com:8443/api/webhooks/provider", policy), false);
  assert.equal(isAllowedWebhookUrl("http://callboard.example.com/api/webhooks/provider", policy), false);
  assert.equal(isAllowedWebhookUrl("https://callboard.example.com.evil.test/x", policy), false);
  assert.equal(isAllowedWebhookUrl("http://169.254.169.254/latest/meta-data", policy), false);
  for (const host of ["127.0.0.1:4000", "localhost:3000", "[::1]:3000"]) {
    assert.equal(isAllowedWebhookUrl(`http://${host}/hook`, policy), true, host);
    assert.equal(isAllowedWebhookUrl(`http://${host}/hook`, { ...policy, allowLoopback: false }), false, host);
  }
  assert.equal(isAllowedWebhookUrl("http://localhost.evil.test/hook", policy), false);
  assert.equal(isAllowedWebhookUrl("not a url", policy), false);
});
