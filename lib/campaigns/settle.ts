import { db, type DbOrTx } from "@/db";
import { lockEndedCallRows, updateCampaignRow, type EndedRow } from "@/db/queries/campaigns";
import type { RetryableResult } from "@/db/schema/campaigns";
import { verdictAfterCall, type RowVerdict } from "./after-call";
import { notifyCampaignChanged } from "./notify";

function verdictOf(row: EndedRow, now: Date): RowVerdict {
  const policy = { retryOn: row.retryOn as RetryableResult[], retryAfterHours: row.retryAfterHours, maxAttempts: row.maxAttempts };
  const v = verdictAfterCall(row, row.attempt, policy, now);
  // A canceled campaign has no scheduler to try again: the row ends here, saying why.
  if (v.state === "waiting" && row.campaignStatus === "canceled")
    return {
      state: "canceled",
      reason: `${v.reason?.split(";")[0] ?? "Ended"}; not tried again: the campaign was canceled`,
      outcomeType: v.outcomeType,
    };
  return v;
}

async function settle(rows: EndedRow[], now: Date, tx: DbOrTx) {
  for (const row of rows) {
    const v = verdictOf(row, now);
    await updateCampaignRow(
      {
        campaignId: row.campaignId,
        id: row.id,
        values: { state: v.state, reason: v.reason, outcomeType: v.outcomeType, ...(v.nextAt ? { nextAt: v.nextAt } : {}) },
      },
      tx,
    );
  }
  const campaigns = new Map(rows.map((r) => [r.campaignId, r.workspaceId]));
  for (const [campaignId, workspaceId] of campaigns) await notifyCampaignChanged({ workspaceId, campaignId }, tx);
  return rows.length;
}

/**
 * Settles the campaign rows of calls that just ended: done, failed, or waiting for a retry under
 * the campaign's policy. Called in the transaction that ended them (the terminal webhook, a send
 * the provider refused, a cancel, the stuck-call sweep), so a row leaves "On a call" with its call,
 * whether the campaign is running, paused or canceled. Calls of no campaign match no row.
 */
export async function settleCampaignCalls(callIds: string[], tx: DbOrTx = db, now = new Date()): Promise<number> {
  if (callIds.length === 0) return 0;
  return settle(await lockEndedCallRows({ callIds }, tx), now, tx);
}

/**
 * The backstop: a call that ended while its row was still being marked (the call's end committed
 * between placeCall and the row's update) is found by the scheduler's sweep instead.
 */
export async function sweepEndedCampaignRows(campaignId: string, now = new Date()): Promise<number> {
  return db.transaction(async (tx) => settle(await lockEndedCallRows({ campaignId }, tx), now, tx));
}
