import { db } from "@/db";
import { raiseAlert, resolveAlert } from "@/db/queries/alerts";
import { releaseHeldSends } from "@/db/queries/jobs";
import { passBreaker, readBreaker, recordProviderFailure, recordProviderSuccess, type BreakerRow } from "@/db/queries/provider-breaker";
import { listWorkspaceIds } from "@/db/queries/workspaces";
import { env, providerConfig } from "@/lib/env";
import type { SendCallResult } from "./client";
import { formatTimeOfDay } from "@/lib/format/time";

/**
 * The circuit breaker in front of the provider, shared by every instance through PostgreSQL: after
 * BREAKER_THRESHOLD unanswered requests in a row calls are held (not sent, not failed), one probe
 * goes out every BREAKER_COOLDOWN_SECONDS, and the first answer closes it and releases the held
 * calls in the order they were placed.
 */
export async function providerGate() {
  // The probe's hold outlasts one request at the client's timeout, so a slow probe is not doubled.
  const probeSeconds = Math.ceil(providerConfig().timeoutMs / 1000) + 5;
  return passBreaker({ probeSeconds });
}

/** 5xx, timeouts and refused connections say the provider is down; a 4xx or a 429 says it is there. */
export function isOutageResult(result: SendCallResult): boolean {
  return result.kind === "retryable" && result.httpStatus !== 429;
}

const OUTAGE_ALERT = "Calls are queued and will go out automatically when it answers again.";

/** Feeds one provider answer to the breaker; opening raises the admins' alert, closing resolves it. */
export async function recordProviderResult(result: SendCallResult): Promise<BreakerRow | null> {
  const e = env();
  if (isOutageResult(result)) {
    return db.transaction(async (tx) => {
      const breaker = await recordProviderFailure({ threshold: e.BREAKER_THRESHOLD, cooldownSeconds: e.BREAKER_COOLDOWN_SECONDS }, tx);
      if (breaker.state === "open" && breaker.consecutiveFailures === e.BREAKER_THRESHOLD) {
        console.warn(`[provider] ${breaker.consecutiveFailures} requests unanswered: holding calls`);
        for (const workspaceId of await listWorkspaceIds(tx)) {
          await raiseAlert({ workspaceId, kind: "provider_outage", message: OUTAGE_ALERT, at: breaker.openedAt ?? new Date() }, tx);
        }
      }
      return breaker;
    });
  }
  return db.transaction(async (tx) => {
    if (!(await recordProviderSuccess(tx))) return null;
    for (const workspaceId of await listWorkspaceIds(tx)) await resolveAlert({ workspaceId, kind: "provider_outage" }, tx);
    const released = await releaseHeldSends(tx);
    console.log(`[provider] answering again: ${released} held call(s) released`);
    return readBreaker(tx);
  });
}

/** What people read on a held call and on the board while the provider is down. */
export function outageMessage(openedAt: Date, timeZone: string): string {
  const time = formatTimeOfDay(openedAt, timeZone);
  return `The provider is not answering since ${time}; calls are queued and will go out automatically`;
}
