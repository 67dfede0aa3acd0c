import { createHash } from "node:crypto";
import { insertDeadLetter, listUnresolvedUnknownCall, resolveDeadLetter } from "@/db/queries/webhooks";
import type { DeadLetterReason } from "@/db/schema/enums";
import { providerConfig } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";
import { readCappedBody, storablePrefix, storableText } from "@/lib/http/read-capped-body";
import { log } from "@/lib/log/logger";
import { hitLimit } from "@/lib/rate-limit/limits";
import { exceedsJsonDepth, findNulCharacter, MAX_JSON_DEPTH, nulMessage } from "@/lib/validation/unstorable-input";
import { applyWebhookEvent } from "./apply-event";
import { parseWebhookBody } from "./envelope";
import { verifyWebhook } from "./signature";

export type ReceiveOutcome = {
  status: number;
  body: { ok: boolean; result?: string; error?: string; field?: string };
  headers?: Record<string, string>;
};

/** A provider event is a few KB; a completed call with a long summary stays far below this. */
export const WEBHOOK_MAX_BYTES = 256 * 1024;
/** What is kept of a body nobody signed: enough to recognise it, too little to fill a disk. */
const UNSIGNED_PREFIX_CHARS = 4 * 1024;
const RATE_LIMITED_PREFIX_CHARS = 1024;

const HEADER_NAMES = ["webhook-id", "webhook-timestamp", "webhook-signature", "content-type", "content-length", "user-agent"] as const;

function keptHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of HEADER_NAMES) {
    const v = headers.get(name);
    if (v !== null) out[name] = v.slice(0, 2000);
  }
  return out;
}

/** The current secret and, during a rotation, the previous one. */
function secrets(): string[] {
  const { webhookSecret, previousWebhookSecret } = providerConfig();
  return [webhookSecret, ...(previousWebhookSecret ? [previousWebhookSecret] : [])];
}

export type DeliveryMeta = { address: string; bytes: number; sha256: string; tooLarge: boolean };

/** POST /api/webhooks/provider: the body is read no further than the cap, then received. */
export async function receiveWebhookRequest(request: Request): Promise<ReceiveOutcome> {
  const body = await readCappedBody(request, WEBHOOK_MAX_BYTES);
  return receiveWebhook(request.headers, body.text, {
    address: clientAddress(request.headers),
    bytes: body.bytes,
    sha256: body.sha256,
    tooLarge: body.tooLarge,
  });
}

/**
 * Verify, parse, store and apply one delivery. Whatever is refused is kept with its reason: a
 * signed body whole, so a bad deploy or a provider bug loses nothing and can be replayed; an
 * unsigned or oversized one as a prefix and its hash, and over the per-source allowance as a 429.
 */
export async function receiveWebhook(headers: Headers, rawBody: string, meta?: DeliveryMeta): Promise<ReceiveOutcome> {
  const delivery = meta ?? {
    address: clientAddress(headers),
    bytes: Buffer.byteLength(rawBody),
    sha256: createHash("sha256").update(rawBody).digest("hex"),
    tooLarge: false,
  };
  const webhookId = headers.get("webhook-id");
  const keep = (reason: DeadLetterReason, detail: string, opts: { providerCallId?: string | null; prefixChars?: number } = {}) => {
    const body = storablePrefix(rawBody, opts.prefixChars ?? WEBHOOK_MAX_BYTES);
    return insertDeadLetter({
      reason,
      detail: storableText(detail),
      webhookId,
      providerCallId: opts.providerCallId ?? null,
      headers: keptHeaders(headers),
      rawBody: body.text,
      bodySha256: delivery.sha256,
      bodyBytes: delivery.bytes,
      bodyTruncated: body.truncated || delivery.tooLarge,
      sourceAddress: delivery.address,
    });
  };

  /** Unauthenticated refusals: counted per source and in total, so a flood costs one small row each. */
  const refuseUnsigned = async (reason: DeadLetterReason, detail: string, answer: ReceiveOutcome): Promise<ReceiveOutcome> => {
    const [perAddress, total] = await Promise.all([
      hitLimit("unsignedWebhookPerAddress", delivery.address),
      hitLimit("unsignedWebhookTotal", "all"),
    ]);
    if (!perAddress.allowed || !total.allowed) {
      const retryAfter = Math.max(perAddress.allowed ? 0 : perAddress.retryAfterSeconds, total.allowed ? 0 : total.retryAfterSeconds);
      await keep("rate_limited", `${reason}: ${detail}`, { prefixChars: RATE_LIMITED_PREFIX_CHARS });
      return {
        status: 429,
        body: { ok: false, error: "Too many unsigned deliveries; slow down" },
        headers: { "Retry-After": String(retryAfter) },
      };
    }
    await keep(reason, detail, { prefixChars: UNSIGNED_PREFIX_CHARS });
    return answer;
  };

  if (delivery.tooLarge) {
    return refuseUnsigned("too_large", `larger than ${WEBHOOK_MAX_BYTES / 1024} KB; refused after ${delivery.bytes} bytes`, {
      status: 413,
      body: { ok: false, error: `The body is larger than ${WEBHOOK_MAX_BYTES / 1024} KB` },
    });
  }

  const verified = verifyWebhook({
    secrets: secrets(),
    headers: { id: webhookId, timestamp: headers.get("webhook-timestamp"), signature: headers.get("webhook-signature") },
    body: rawBody,
  });
  if (!verified.ok) {
    const stale = verified.reason === "timestamp_too_old" || verified.reason === "timestamp_too_new";
    return refuseUnsigned(stale ? "stale_timestamp" : "bad_signature", verified.reason, {
      status: 401,
      body: { ok: false, error: stale ? "Timestamp outside the 5-minute tolerance" : "Invalid signature" },
    });
  }

  if (exceedsJsonDepth(rawBody)) {
    const error = `The body nests deeper than ${MAX_JSON_DEPTH} levels`;
    await keep("unstorable", error);
    return { status: 400, body: { ok: false, error, field: "body" } };
  }
  const parsed = parseWebhookBody(rawBody);
  if (!parsed.ok) {
    await keep(parsed.reason, parsed.detail);
    return { status: 400, body: { ok: false, error: parsed.detail } };
  }
  const { event, callId, data } = parsed.value;
  const nulField = findNulCharacter({ event, call_id: callId, data });
  if (nulField) {
    await keep("unstorable", nulMessage(nulField));
    return { status: 400, body: { ok: false, error: nulMessage(nulField), field: nulField } };
  }

  let applied: Awaited<ReturnType<typeof applyWebhookEvent>>;
  try {
    applied = await applyWebhookEvent(verified.id, parsed.value);
  } catch (error) {
    // Signed and valid, yet not stored: keep it for a replay, and let the provider retry.
    log.error({ err: error, webhookId, event: parsed.value.event }, "webhook could not be stored");
    await keep("store_failed", error instanceof Error ? error.name : "error", { providerCallId: parsed.value.callId });
    return { status: 500, body: { ok: false, error: "The event could not be stored; it is kept and a retry is safe" } };
  }
  if (applied.result === "unknown_call") {
    // Often a race: the webhook beat our record of the provider's answer. Kept, and replayed
    // when the call id becomes known (see replayUnknownCallEvents).
    await keep("unknown_call", `No call with provider id ${parsed.value.callId}`, { providerCallId: parsed.value.callId });
    // The provider's answer may have been stored while this was kept, and its replay may have
    // looked before this letter existed: look once more, so no event waits forever.
    if ((await replayUnknownCallEvents(parsed.value.callId)) > 0) return { status: 200, body: { ok: true, result: "applied" } };
    return { status: 202, body: { ok: true, result: "unknown_call" } };
  }
  return { status: 200, body: { ok: true, result: applied.result } };
}

/** Applies events that arrived before we knew their call; each was verified when it came in. */
export async function replayUnknownCallEvents(providerCallId: string): Promise<number> {
  const letters = await listUnresolvedUnknownCall({ providerCallId });
  let applied = 0;
  for (const letter of letters) {
    const parsed = parseWebhookBody(letter.rawBody);
    if (!parsed.ok || !letter.webhookId) continue;
    const result = await applyWebhookEvent(letter.webhookId, parsed.value);
    if (result.result === "unknown_call") continue;
    await resolveDeadLetter({ id: letter.id });
    applied += 1;
  }
  return applied;
}
