import { insertDeadLetter, listUnresolvedUnknownCall, resolveDeadLetter } from "@/db/queries/webhooks";
import { providerConfig } from "@/lib/env";
import { applyWebhookEvent } from "./apply-event";
import { parseWebhookBody } from "./envelope";
import { verifyWebhook } from "./signature";

export type ReceiveOutcome = { status: number; body: { ok: boolean; result?: string; error?: string } };

const HEADER_NAMES = ["webhook-id", "webhook-timestamp", "webhook-signature", "content-type", "user-agent"] as const;

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

/**
 * Verify, parse, store and apply one delivery. Whatever is refused is kept with its reason and raw
 * body, so a bad deploy or a provider bug loses nothing and can be replayed.
 */
export async function receiveWebhook(headers: Headers, rawBody: string): Promise<ReceiveOutcome> {
  const webhookId = headers.get("webhook-id");
  const keep = (reason: Parameters<typeof insertDeadLetter>[0]["reason"], detail: string, providerCallId: string | null = null) =>
    insertDeadLetter({ reason, detail, webhookId, providerCallId, headers: keptHeaders(headers), rawBody });

  const verified = verifyWebhook({
    secrets: secrets(),
    headers: { id: webhookId, timestamp: headers.get("webhook-timestamp"), signature: headers.get("webhook-signature") },
    body: rawBody,
  });
  if (!verified.ok) {
    const stale = verified.reason === "timestamp_too_old" || verified.reason === "timestamp_too_new";
    await keep(stale ? "stale_timestamp" : "bad_signature", verified.reason);
    return { status: 401, body: { ok: false, error: stale ? "Timestamp outside the 5-minute tolerance" : "Invalid signature" } };
  }

  const parsed = parseWebhookBody(rawBody);
  if (!parsed.ok) {
    await keep(parsed.reason, parsed.detail);
    return { status: 400, body: { ok: false, error: parsed.detail } };
  }

  const applied = await applyWebhookEvent(verified.id, parsed.value);
  if (applied.result === "unknown_call") {
    // Often a race: the webhook beat our record of the provider's answer. Kept, and replayed
    // when the call id becomes known (see replayUnknownCallEvents).
    await keep("unknown_call", `No call with provider id ${parsed.value.callId}`, parsed.value.callId);
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
