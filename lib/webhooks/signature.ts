import { createHmac, timingSafeEqual } from "node:crypto";

// Standard Webhooks signing (CONTRACT.md §2). Pure node:crypto so both the receiver route and the
// simulator (sender) can share it.

const SECRET_PREFIX = "whsec_";
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const DEFAULT_TOLERANCE_SECONDS = 300;

export type WebhookHeaderValues = {
  id: string | null;
  timestamp: string | null;
  signature: string | null;
};

export type VerifyFailureReason =
  "missing_headers" | "invalid_timestamp" | "timestamp_too_old" | "timestamp_too_new" | "no_matching_signature";

export type VerifyResult = { ok: true; id: string; timestamp: number } | { ok: false; reason: VerifyFailureReason };

export type WebhookHeaders = {
  "webhook-id": string;
  "webhook-timestamp": string;
  "webhook-signature": string;
};

export function decodeSecret(secret: string): Buffer {
  const encoded = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  if (encoded.length === 0) throw new Error("Webhook secret is empty");
  const key = Buffer.from(encoded, "base64");
  // Buffer.from silently skips bad characters; a round trip catches typos and url-safe alphabets.
  if (!BASE64.test(encoded) || key.length === 0 || stripPadding(key.toString("base64")) !== stripPadding(encoded)) {
    throw new Error("Webhook secret is not valid base64 (expected whsec_<base64>)");
  }
  return key;
}

function stripPadding(value: string): string {
  return value.replace(/=+$/, "");
}

function computeSignature(key: Buffer, id: string, timestamp: string, body: string): string {
  return createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64");
}

export function signWebhook(input: { secret: string; id: string; timestamp: number; body: string }): string {
  if (!Number.isSafeInteger(input.timestamp)) throw new Error("Webhook timestamp must be integer unix seconds");
  return `v1,${computeSignature(decodeSecret(input.secret), input.id, String(input.timestamp), input.body)}`;
}

export function webhookHeaders(input: {
  secrets: string | readonly string[];
  id: string;
  timestamp: number;
  body: string;
}): WebhookHeaders {
  const secrets = typeof input.secrets === "string" ? [input.secrets] : input.secrets;
  if (secrets.length === 0) throw new Error("At least one webhook secret is required");
  return {
    "webhook-id": input.id,
    "webhook-timestamp": String(input.timestamp),
    "webhook-signature": secrets
      .map((secret) => signWebhook({ secret, id: input.id, timestamp: input.timestamp, body: input.body }))
      .join(" "),
  };
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, "utf8");
  const right = Buffer.from(b, "utf8");
  // timingSafeEqual throws on unequal lengths; length itself is not secret.
  return left.length === right.length && timingSafeEqual(left, right);
}

export function verifyWebhook(input: {
  secrets: readonly string[];
  headers: WebhookHeaderValues;
  body: string;
  now?: number;
  toleranceSeconds?: number;
}): VerifyResult {
  // Decoding first makes a misconfigured secret fail loudly on every request, not just valid ones.
  const keys = input.secrets.map(decodeSecret);
  const { id, timestamp, signature } = input.headers;
  if (!id || !timestamp || !signature) return { ok: false, reason: "missing_headers" };

  if (!/^\d{1,15}$/.test(timestamp)) return { ok: false, reason: "invalid_timestamp" };
  const ts = Number(timestamp);
  const now = input.now ?? Math.floor(Date.now() / 1000);
  const tolerance = input.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  if (now - ts > tolerance) return { ok: false, reason: "timestamp_too_old" };
  if (ts - now > tolerance) return { ok: false, reason: "timestamp_too_new" };

  const candidates = signature
    .split(" ")
    .map((entry) => {
      const comma = entry.indexOf(",");
      return comma === -1 ? null : { version: entry.slice(0, comma), value: entry.slice(comma + 1) };
    })
    .filter((entry): entry is { version: string; value: string } => entry !== null && entry.version === "v1");

  // Check every pair without early exit so timing does not reveal which secret or entry matched.
  let matched = false;
  for (const key of keys) {
    const expected = computeSignature(key, id, timestamp, input.body);
    for (const candidate of candidates) {
      if (safeEqual(expected, candidate.value)) matched = true;
    }
  }
  return matched ? { ok: true, id, timestamp: ts } : { ok: false, reason: "no_matching_signature" };
}
