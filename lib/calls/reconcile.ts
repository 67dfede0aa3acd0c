import { db } from "@/db";
import { endSilentCalls } from "@/db/queries/stuck-calls";
import { settleCampaignCalls } from "@/lib/campaigns/settle";
import { notifyCallChanged } from "@/lib/live/notify";

/**
 * How long past max_duration a call may stay silent before it is ended as `unknown`. With the
 * reconciler running every minute, nothing stays unfinished past max_duration + 11 minutes.
 */
export const STUCK_GRACE_SECONDS = 600;
export const RECONCILE_EVERY_MS = 60_000;

/**
 * Ends calls that the provider never finished, so no call waits forever in a live lane. A late
 * terminal webhook still wins: `unknown` ranks below the provider's terminal states (lifecycle.ts).
 */
export async function markStuckCalls(now = new Date()): Promise<number> {
  return db.transaction(async (tx) => {
    const rows = await endSilentCalls({ now, graceSeconds: STUCK_GRACE_SECONDS }, tx);
    for (const r of rows) await notifyCallChanged({ workspaceId: r.workspace_id, callId: r.call_id }, tx);
    // Calls of no campaign match no row: one indexed look-up for the lot.
    await settleCampaignCalls(
      rows.map((r) => r.call_id),
      tx,
    );
    return rows.length;
  });
}
