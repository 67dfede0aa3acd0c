/**
 * What the fake provider serves at transcript_url and recording_url (CONTRACT.md §3): transcript
 * JSON, and a 12-second recording as WAV (a beep at each utterance) or MP3 (constant-bitrate
 * silent frames), with single byte ranges so a player can seek.
 */

export const RECORDING_SECONDS = 12;

export type FakeUtterance = { speaker: "assistant" | "customer"; text: string; start: number; end: number };

export function fakeUtterances(name: string): FakeUtterance[] {
  return [
    { speaker: "assistant", text: `Hi ${name}, this is the assistant from your heating company.`, start: 0, end: 3.2 },
    { speaker: "customer", text: "Oh hi, yes, thanks for calling back.", start: 3.6, end: 5.8 },
    { speaker: "assistant", text: "I have the details you asked about; shall I go through them?", start: 6.2, end: 9.4 },
    { speaker: "customer", text: "Yes please, that would be great.", start: 9.8, end: 11.6 },
  ];
}

const WAV_RATE = 8000;

export function wavRecording(utterances: FakeUtterance[]): Buffer {
  const samples = WAV_RATE * RECORDING_SECONDS;
  const out = Buffer.alloc(44 + samples * 2);
  out.write("RIFF", 0);
  out.writeUInt32LE(36 + samples * 2, 4);
  out.write("WAVEfmt ", 8);
  out.writeUInt32LE(16, 16);
  out.writeUInt16LE(1, 20); // PCM
  out.writeUInt16LE(1, 22); // mono
  out.writeUInt32LE(WAV_RATE, 24);
  out.writeUInt32LE(WAV_RATE * 2, 28);
  out.writeUInt16LE(2, 32);
  out.writeUInt16LE(16, 34);
  out.write("data", 36);
  out.writeUInt32LE(samples * 2, 40);
  for (const u of utterances) {
    const pitch = u.speaker === "assistant" ? 660 : 440;
    const from = Math.floor(u.start * WAV_RATE);
    for (let i = 0; i < WAV_RATE * 0.25 && from + i < samples; i++) {
      out.writeInt16LE(Math.round(6000 * Math.sin((2 * Math.PI * pitch * i) / WAV_RATE)), 44 + (from + i) * 2);
    }
  }
  return out;
}

/** MPEG-1 Layer III, 32 kbit/s, 44.1 kHz, mono: 104-byte frames of 1,152 samples, all silent. */
export function mp3Recording(): Buffer {
  const frameBytes = 104;
  const frames = Math.ceil((RECORDING_SECONDS * 44_100) / 1152);
  const out = Buffer.alloc(frames * frameBytes);
  for (let f = 0; f < frames; f++) out.set([0xff, 0xfb, 0x10, 0xc4], f * frameBytes);
  return out;
}

/** One `bytes=` range; anything else gets the whole file. */
export function byteRange(header: string | undefined, size: number): { start: number; end: number } | "unsatisfiable" | null {
  const m = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!m || (m[1] === "" && m[2] === "")) return null;
  if (m[1] === "") return Number(m[2]) === 0 ? "unsatisfiable" : { start: Math.max(0, size - Number(m[2])), end: size - 1 };
  const start = Number(m[1]);
  const end = m[2] === "" ? size - 1 : Math.min(Number(m[2]), size - 1);
  return start >= size || end < start ? "unsatisfiable" : { start, end };
}
