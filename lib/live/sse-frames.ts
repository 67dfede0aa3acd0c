/**
 * Server-sent event frames as bytes. A change is encoded once and the same bytes go to every
 * client of its workspace; a burst of changes becomes one chunk, so each client costs one write
 * per flush instead of one per change.
 */
const encoder = new TextEncoder();

export function encodeFrame(text: string): Uint8Array {
  return encoder.encode(text);
}

/** One event: `id` lets a reconnecting browser resume (Last-Event-ID), `event` names its listener. */
export function eventFrame(id: string, eventName: string, payload: unknown): Uint8Array {
  return encoder.encode(`id: ${id}\nevent: ${eventName}\ndata: ${JSON.stringify(payload)}\n\n`);
}

/** Frames in order as one chunk; a single frame is returned as it is (no copy). */
export function concatFrames(frames: readonly Uint8Array[]): Uint8Array {
  if (frames.length === 1) return frames[0];
  let size = 0;
  for (const f of frames) size += f.byteLength;
  const out = new Uint8Array(size);
  let at = 0;
  for (const f of frames) {
    out.set(f, at);
    at += f.byteLength;
  }
  return out;
}

/** A comment line: keeps proxies and load balancers from closing an idle stream. */
export const HEARTBEAT_FRAME = encodeFrame(": ping\n\n");
/** Sent before a stream is closed on purpose, so the browser reconnects at once. */
export const RETRY_SOON_FRAME = encodeFrame("retry: 500\n\n");
export const SIGNED_OUT_FRAME = encodeFrame("event: signed_out\ndata: {}\n\n");
