import { createHash } from "node:crypto";

export type CappedBody = {
  /** The body as text (NUL characters included), or its first `maxBytes` when too large. */
  text: string;
  /** Bytes received: the whole body, or what was read before giving up. */
  bytes: number;
  /** SHA-256 (hex) of the bytes received. */
  sha256: string;
  tooLarge: boolean;
};

/**
 * Reads a request body no further than `maxBytes` (+ one chunk): an oversized request costs that
 * much, whatever its Content-Length says or omits (a declared length over the cap is refused too).
 */
export async function readCappedBody(request: Request, maxBytes: number): Promise<CappedBody> {
  const hash = createHash("sha256");
  const declared = Number(request.headers.get("content-length") ?? "");
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  if (reader) {
    while (bytes <= maxBytes) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      hash.update(value);
      bytes += value.byteLength;
    }
    if (bytes > maxBytes) await reader.cancel().catch(() => {});
  }
  const kept = new Uint8Array(Math.min(bytes, maxBytes));
  let offset = 0;
  for (const chunk of chunks) {
    const part = chunk.subarray(0, kept.length - offset);
    kept.set(part, offset);
    offset += part.byteLength;
    if (offset >= kept.length) break;
  }
  return { text: new TextDecoder().decode(kept), bytes, sha256: hash.digest("hex"), tooLarge: bytes > maxBytes || declared > maxBytes };
}

/** What may be stored of a body we refused: its first `maxChars`, and text PostgreSQL accepts. */
export function storablePrefix(text: string, maxChars: number): { text: string; truncated: boolean } {
  const truncated = text.length > maxChars;
  return { text: storableText(truncated ? text.slice(0, maxChars) : text), truncated };
}

/** PostgreSQL text cannot hold U+0000; the stored copy shows U+FFFD there (the hash is of the original). */
export function storableText(text: string): string {
  return text.includes("\u0000") ? text.replaceAll("\u0000", "\uFFFD") : text;
}
