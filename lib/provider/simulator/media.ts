import { conversationOf } from "./conversation";
import type { TranscriptBody } from "./events";
import type { SimulatorCall, SimulatorStore } from "./store";
import { synthesizeRecording } from "./wav";

/**
 * CONTRACT.md §3: the transcript (JSON) and recording (audio/wav) of a completed call. Both are
 * made again from the call's request on demand, so nothing large is kept per call.
 */

function notFound(message: string): Response {
  return Response.json({ error: { code: "not_found", message, retryable: false } }, { status: 404 });
}

/** Null when there is nothing to serve yet; the reason is the 404's message. */
function completedCall(call: SimulatorCall, store: SimulatorStore): string | null {
  return store.playback.get(call.callId)?.status === "completed" ? null : `Call ${call.callId} has not completed`;
}

export function transcriptResponse(call: SimulatorCall, store: SimulatorStore, publicBaseUrl: string): Response {
  const missing = completedCall(call, store);
  if (missing) return notFound(missing);
  const body: TranscriptBody = { call_id: call.callId, utterances: conversationOf(call, publicBaseUrl).utterances };
  return Response.json(body, { headers: { "Cache-Control": "private, no-store" } });
}

// Browsers seek with many small Range requests; keeping the last couple of files saves resynthesis.
const recent = new Map<string, Buffer>();
const RECENT_LIMIT = 2;

function recordingBytes(call: SimulatorCall, publicBaseUrl: string): Buffer {
  const hit = recent.get(call.callId);
  if (hit) {
    recent.delete(call.callId);
    recent.set(call.callId, hit);
    return hit;
  }
  const { utterances, completed } = conversationOf(call, publicBaseUrl);
  const wav = synthesizeRecording(utterances, completed.duration, call.callId);
  recent.set(call.callId, wav);
  for (const key of recent.keys()) if (recent.size > RECENT_LIMIT) recent.delete(key);
  return wav;
}

type ByteRange = { start: number; end: number };

/** One `bytes=` range (RFC 9110 §14.1.2); several ranges or a malformed header get the whole file. */
export function parseRange(header: string | null, size: number): ByteRange | "unsatisfiable" | null {
  const m = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!m || (m[1] === "" && m[2] === "")) return null;
  if (m[1] === "") {
    const suffix = Number(m[2]);
    return suffix === 0 || size === 0 ? "unsatisfiable" : { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === "" ? size - 1 : Math.min(Number(m[2]), size - 1);
  return start >= size || end < start ? "unsatisfiable" : { start, end };
}

export function recordingResponse(call: SimulatorCall, store: SimulatorStore, publicBaseUrl: string, rangeHeader: string | null): Response {
  const missing = completedCall(call, store);
  if (missing) return notFound(missing);
  if (!call.request.record_call) return notFound(`Call ${call.callId} was not recorded`);
  const wav = recordingBytes(call, publicBaseUrl);
  const headers: Record<string, string> = {
    "Content-Type": "audio/wav",
    "Accept-Ranges": "bytes",
    "Cache-Control": "private, max-age=3600",
    "Content-Disposition": `inline; filename="${call.callId}.wav"`,
  };
  const range = parseRange(rangeHeader, wav.length);
  if (range === "unsatisfiable") {
    return new Response(null, { status: 416, headers: { ...headers, "Content-Range": `bytes */${wav.length}` } });
  }
  if (range === null) {
    return new Response(new Uint8Array(wav), { status: 200, headers: { ...headers, "Content-Length": String(wav.length) } });
  }
  const part = wav.subarray(range.start, range.end + 1);
  return new Response(new Uint8Array(part), {
    status: 206,
    headers: { ...headers, "Content-Length": String(part.length), "Content-Range": `bytes ${range.start}-${range.end}/${wav.length}` },
  });
}
