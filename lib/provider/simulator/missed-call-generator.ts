import { randomUUID } from "node:crypto";
import { authConfig } from "@/auth.config";
import { insertIngestToken, listActiveTokensNamed } from "@/db/queries/ingest-tokens";
import { pickCustomerForDemo } from "@/db/queries/missed-calls";
import type { MissedCallReason } from "@/db/schema/enums";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { env } from "@/lib/env";
import { deriveIngestToken } from "@/lib/missed-calls/ingest-token";
import type { MissedCallFeedInput } from "@/lib/validation/missed-call";
import { log } from "@/lib/log/logger";

/** The demo's stand-in for a phone system: it sends missed calls through the real feed, over HTTP. */
export const SIMULATOR_TOKEN_NAME = "Simulator (demo)";

const REASONS: readonly [MissedCallReason, number][] = [
  ["after_hours", 35],
  ["no_answer", 30],
  ["abandoned", 20],
  ["busy", 15],
];
const STRANGERS = ["Jordan Reyes", "Casey Morgan", "Riley Chen", "Avery Brooks", null] as const;

function weighted(random: () => number): MissedCallReason {
  let roll = random() * REASONS.reduce((sum, [, w]) => sum + w, 0);
  for (const [reason, weight] of REASONS) {
    if (roll < weight) return reason;
    roll -= weight;
  }
  return REASONS[0][0];
}

/**
 * A plausible missed call: two in three from a customer on file, the rest from a new number in the
 * 555-03XX range, which no demo customer or simulator test number uses.
 */
export function buildDemoMissedCall(opts: {
  customer: { name: string; phone: string } | null;
  now?: Date;
  random?: () => number;
}): MissedCallFeedInput {
  const random = opts.random ?? Math.random;
  const now = opts.now ?? new Date();
  const known = opts.customer && random() < 2 / 3 ? opts.customer : null;
  const area = opts.customer?.phone.slice(2, 5) ?? "310";
  const from = known?.phone ?? `+1${area}5550${300 + Math.floor(random() * 100)}`;
  const reason = weighted(random);
  const externalId = `sim-${randomUUID()}`;
  return {
    external_id: externalId,
    from,
    to: `+1${area}5550100`,
    occurred_at: new Date(now.getTime() - (2 + Math.floor(random() * 18)) * 60_000).toISOString(),
    caller_name: known?.name ?? STRANGERS[Math.floor(random() * STRANGERS.length)],
    reason,
    // Only callers who waited for the tone leave a message; the link is a stand-in.
    voicemail_url: reason !== "busy" && random() < 0.4 ? `https://voicemail.example.com/${externalId}.wav` : null,
  };
}

/**
 * The simulator's ingest token, derived from the server secret and its row id: stored as a hash
 * like any token (and revocable in Settings), yet reproducible here without keeping the plaintext.
 */
async function simulatorToken(workspaceId: string, userId: string): Promise<string> {
  const secret = authConfig.secret;
  if (!secret) throw new Error("AUTH_SECRET is not set");
  for (const row of await listActiveTokensNamed({ workspaceId, name: SIMULATOR_TOKEN_NAME })) {
    const derived = deriveIngestToken(secret, row.id);
    if (derived.tokenHash === row.tokenHash) return derived.token;
  }
  const id = randomUUID();
  const minted = deriveIngestToken(secret, id);
  await insertIngestToken({
    id,
    workspaceId,
    name: SIMULATOR_TOKEN_NAME,
    tokenHash: minted.tokenHash,
    prefix: minted.prefix,
    createdBy: userId,
  });
  return minted.token;
}

export async function simulateMissedCall({
  workspaceId,
  userId,
}: {
  workspaceId: string;
  userId: string;
}): Promise<ActionResult<{ id: string }>> {
  const token = await simulatorToken(workspaceId, userId);
  const body = buildDemoMissedCall({ customer: await pickCustomerForDemo({ workspaceId }) });
  const res = await fetch(`${env().APP_URL.replace(/\/$/, "")}/api/v1/missed-calls`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  const answer = (await res.json().catch(() => null)) as { id?: string; error?: { message?: string } } | null;
  if (!res.ok || !answer?.id) {
    log.error({ status: res.status, answer }, "missed-call simulator: the feed refused the call");
    return fail("The missed-call feed did not accept the simulated call. Check the server log.");
  }
  return ok({ id: answer.id });
}
