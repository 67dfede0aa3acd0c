import { db, handle } from "@/db";
import { executeRows, positional } from "@/db/raw";
import type { AnsweredBy, CallStatus } from "@/db/schema/enums";
import { findZoneOfProviderCall } from "@/db/queries/webhooks";
import { isTerminal } from "@/lib/calls/lifecycle";
import { settleCampaignCalls } from "@/lib/campaigns/settle";
import { readProviderTime } from "@/lib/time/zoned";
import type { ParsedEvent } from "./envelope";
import { applyTerminalEffects } from "./outcome-effects";
import { PERSIST_EVENT_SQL, type PersistRow } from "./persist-sql";
import { PERSIST_TERMINAL_SQL, type PersistTerminalRow } from "./persist-terminal-sql";
import { terminalPlan } from "./terminal-plan";

export type ApplyResult =
  | { result: "applied"; callId: string; workspaceId: string; status: CallStatus; changed: boolean }
  | { result: "duplicate"; callId: string; workspaceId: string }
  | { result: "unknown_call" };

function paramsOf(webhookId: string, ev: ParsedEvent): unknown[] {
  const data = ev.data as { answered_by?: string; estimated_wait?: number };
  return [
    ev.callId,
    webhookId,
    ev.event,
    ev.occurredAt.toISOString(),
    // The record keeps what the provider sent (nulls and extra fields too), not our reading of it.
    JSON.stringify({ event: ev.event, call_id: ev.callId, timestamp: ev.occurredAt.toISOString(), data: ev.raw }),
    ev.known ? ev.status : null,
    ev.known && ev.event === "voice_call.in_progress" ? (data.answered_by ?? null) : null,
    ev.known && ev.event === "voice_call.queued" ? (data.estimated_wait ?? null) : null,
  ];
}

/** Rare: an envelope timestamp without an offset is the call's workspace's wall time. */
async function withLocalTimestampResolved(ev: ParsedEvent): Promise<ParsedEvent> {
  if (!ev.localTimestamp) return ev;
  const zone = await findZoneOfProviderCall({ providerCallId: ev.callId });
  const occurredAt = zone ? readProviderTime(ev.localTimestamp, zone) : null;
  return occurredAt ? { ...ev, occurredAt } : ev;
}

function toResult(row: PersistRow | undefined): ApplyResult {
  if (!row?.call_id || !row.workspace_id) return { result: "unknown_call" };
  if (!row.inserted) return { result: "duplicate", callId: row.call_id, workspaceId: row.workspace_id };
  return {
    result: "applied",
    callId: row.call_id,
    workspaceId: row.workspace_id,
    status: row.status as CallStatus,
    changed: row.status !== row.prev_status,
  };
}

/**
 * Stores and applies one verified webhook. Lifecycle events take one prepared statement; so does a
 * terminal event with its usual effects (PERSIST_TERMINAL_SQL). A terminal event with rare effects
 * runs the lifecycle statement and applyTerminalEffects in one transaction. Either way the event
 * is durable before the caller answers 2xx. `oneStatement: false` forces the transaction (the
 * webhook benchmark compares the two).
 */
export async function applyWebhookEvent(
  webhookId: string,
  parsed: ParsedEvent,
  { oneStatement = true }: { oneStatement?: boolean } = {},
): Promise<ApplyResult> {
  const ev = await withLocalTimestampResolved(parsed);
  const params = paramsOf(webhookId, ev);
  if (!ev.known || !isTerminal(ev.status)) {
    const [row] = await handle().query<PersistRow>(PERSIST_EVENT_SQL, params);
    return toResult(row);
  }
  const plan = oneStatement ? terminalPlan(ev.status, ev.data) : null;
  if (plan) {
    const [row] = await handle().query<PersistTerminalRow>(PERSIST_TERMINAL_SQL, [...params.slice(0, 6), ...plan]);
    // A waiting claim or auto-retry: nothing was written; the transaction below does it all.
    if (!row?.rare)
      return toResult({
        ...row,
        customer_id: null,
        attempt: null,
        answered_by: null,
        phone_number: null,
        has_claims: null,
        campaign_id: null,
      });
  }
  return applyInTransaction(ev, params);
}

async function applyInTransaction(ev: ParsedEvent & { known: true }, params: unknown[]): Promise<ApplyResult> {
  return db.transaction(async (tx) => {
    const [row] = await executeRows<PersistRow>(tx, positional(PERSIST_EVENT_SQL, params));
    const result = toResult(row);
    // Effects run once: only for the event that moved the call into its terminal state.
    if (result.result === "applied" && result.changed && isTerminal(result.status)) {
      await applyTerminalEffects(tx, {
        workspaceId: result.workspaceId,
        callId: result.callId,
        status: result.status,
        data: ev.data,
        occurredAt: ev.occurredAt,
        call: {
          customerId: row.customer_id!,
          attempt: row.attempt ?? 1,
          answeredBy: (row.answered_by as AnsweredBy | null) ?? null,
          phoneNumber: row.phone_number!,
          hasClaims: row.has_claims ?? true,
        },
      });
      if (row.campaign_id) await settleCampaignCalls([result.callId], tx);
    }
    return result;
  });
}
