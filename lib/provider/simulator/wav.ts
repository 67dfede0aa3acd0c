import type { Utterance } from "./events";
import { unitHash } from "./seeded";

/**
 * A playable stand-in for a call recording: 8 kHz mono 16-bit PCM, like a phone line. Each
 * utterance becomes a voiced buzz with a drifting pitch, vowel-like formants and a syllable-rate
 * envelope, so it sounds like muffled speech in a player and lines up with the transcript.
 */

export const SAMPLE_RATE = 8000;
const BYTES_PER_SAMPLE = 2;
const HEADER_BYTES = 44;
const BLOCK = 80; // 10 ms: formant gains are worked out per block, not per sample
const MAX_HARMONICS = 24;
const VOWELS: readonly [number, number][] = [
  [730, 1090],
  [270, 2290],
  [300, 870],
  [530, 1840],
  [570, 840],
  [660, 1720],
];

export function wavHeader(dataBytes: number): Buffer {
  const h = Buffer.alloc(HEADER_BYTES);
  h.write("RIFF", 0, "ascii");
  h.writeUInt32LE(36 + dataBytes, 4);
  h.write("WAVE", 8, "ascii");
  h.write("fmt ", 12, "ascii");
  h.writeUInt32LE(16, 16); // PCM fmt chunk size
  h.writeUInt16LE(1, 20); // PCM
  h.writeUInt16LE(1, 22); // mono
  h.writeUInt32LE(SAMPLE_RATE, 24);
  h.writeUInt32LE(SAMPLE_RATE * BYTES_PER_SAMPLE, 28);
  h.writeUInt16LE(BYTES_PER_SAMPLE, 32);
  h.writeUInt16LE(16, 34);
  h.write("data", 36, "ascii");
  h.writeUInt32LE(dataBytes, 40);
  return h;
}

/** Deterministic noise (mulberry32), so the same call always yields the same bytes. */
function noise(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 31 - 1;
  };
}

function formantGain(freq: number, [f1, f2]: readonly [number, number]): number {
  return Math.exp(-(((freq - f1) / 150) ** 2)) + 0.6 * Math.exp(-(((freq - f2) / 220) ** 2)) + 0.06;
}

function speak(out: Float32Array, u: Utterance, index: number, seed: string): void {
  const first = Math.round(u.start * SAMPLE_RATE);
  const count = Math.min(out.length, Math.round(u.end * SAMPLE_RATE)) - first;
  if (count <= 0) return;
  const assistant = u.speaker === "assistant";
  const key = `${seed}:${index}`;
  const base = (assistant ? 112 : 196) * (0.95 + 0.1 * unitHash(key, "f0"));
  const syllables = Math.max(1, Math.round(u.text.split(/\s+/).length * 1.45));
  const sylLen = count / syllables;
  const question = u.text.trim().endsWith("?");
  const rand = noise(Math.floor(unitHash(key, "noise") * 2 ** 32));
  const drift = unitHash(key, "drift") * 2 * Math.PI;
  const perSyllable = (name: string) => Float32Array.from({ length: syllables }, (_, k) => unitHash(key, name, String(k)));
  const accents = perSyllable("accent");
  const stresses = perSyllable("stress");
  const vowels = perSyllable("vowel");
  const gains = new Float32Array(MAX_HARMONICS + 1);
  let gainSum = 1;
  let phase = 0;

  for (let i = 0; i < count; i++) {
    const syl = Math.min(syllables - 1, Math.floor(i / sylLen));
    const inSyl = (i - syl * sylLen) / sylLen;
    const progress = i / count;
    // Declining phrase pitch, slow drift, an accent per syllable, and a rise at a question's end.
    let f0 = base * (1.08 - 0.16 * progress) * (1 + 0.08 * Math.sin(2 * Math.PI * 0.4 * (i / SAMPLE_RATE) + drift));
    f0 *= 1 + 0.06 * accents[syl] * Math.sin(Math.PI * inSyl);
    if (question && progress > 0.8) f0 *= 1 + (progress - 0.8) * 1.2;
    phase = (phase + (2 * Math.PI * f0) / SAMPLE_RATE) % (2 * Math.PI);

    if (i % BLOCK === 0) {
      const vowel = VOWELS[Math.floor(vowels[syl] * VOWELS.length)];
      gainSum = 0;
      for (let h = 1; h <= MAX_HARMONICS; h++) {
        gains[h] = h * f0 < 3400 ? formantGain(h * f0, vowel) / h ** 0.7 : 0;
        gainSum += gains[h];
      }
    }
    // sin(h·x) by the Chebyshev recurrence: one sin and one cos per sample instead of one per harmonic.
    const c2 = 2 * Math.cos(phase);
    let prev = 0;
    let cur = Math.sin(phase);
    let voiced = 0;
    for (let h = 1; h <= MAX_HARMONICS && gains[h] > 0; h++) {
      voiced += gains[h] * cur;
      const next = c2 * cur - prev;
      prev = cur;
      cur = next;
    }
    voiced /= gainSum;

    // Each syllable swells and fades; some are stressed, and a short noisy onset stands in for a consonant.
    const envelope = Math.sin(Math.PI * inSyl) ** 0.7 * (0.55 + 0.45 * stresses[syl]);
    const consonant = inSyl < 0.12 ? rand() * 0.35 * (1 - inSyl / 0.12) : 0;
    const edge = Math.min(1, i / 160, (count - i) / 160); // 20 ms fades: no clicks
    out[first + i] += (voiced * envelope * 2.2 + consonant) * edge * 0.3;
  }
}

/** The whole file, header included: `durationSeconds` long whatever the utterances cover. */
export function synthesizeRecording(utterances: readonly Utterance[], durationSeconds: number, seed: string): Buffer {
  const samples = Math.max(0, Math.round(durationSeconds * SAMPLE_RATE));
  const mix = new Float32Array(samples);
  utterances.forEach((u, i) => speak(mix, u, i, seed));
  const hiss = noise(Math.floor(unitHash(seed, "line") * 2 ** 32));
  const out = Buffer.alloc(HEADER_BYTES + samples * BYTES_PER_SAMPLE);
  wavHeader(samples * BYTES_PER_SAMPLE).copy(out, 0);
  for (let i = 0; i < samples; i++) {
    const v = Math.max(-1, Math.min(1, mix[i] + hiss() * 0.002));
    out.writeInt16LE(Math.round(v * 32767), HEADER_BYTES + i * BYTES_PER_SAMPLE);
  }
  return out;
}
