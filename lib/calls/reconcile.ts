import { sql } from "drizzle-orm";
import { db } from "@/db";
import { executeRows } from "@/db/raw";
import { notifyCallChanged } from "@/lib/live/notify";

/** How long past max_duration a live call may stay silent before a person should look at it. */
export const STUCK_MARGIN_SECONDS = 300;

/**
 * Puts calls that the provider never finished on the attention list. The call's status is left
 * as the provider last reported it; a late terminal webhook still completes it normally.
 */
export async function markStuckCalls(now = new Date()): Promise<number> {
  return db.transaction(async (tx) => {
    const rows = await executeRows<{ call_id: string; workspace_id: string }>(
      tx,
      sql`insert into attention_items (workspace_id, call_id, kind, detail)
          select c.workspace_id, c.id, 'stuck',
                 'No word from the provider ' || (c.max_duration + ${STUCK_MARGIN_SECONDS}) / 60 || ' minutes after the call was sent'
          from calls c
          where c.status in ('queued', 'dialing', 'ringing', 'in_progress')
            and coalesce(c.sent_at, c.created_at) + make_interval(secs => c.max_duration + ${STUCK_MARGIN_SECONDS}) < ${now.toISOString()}::timestamptz
          on conflict (call_id, kind) do nothing
          returning call_id, workspace_id`,
    );
    for (const r of rows) await notifyCallChanged({ workspaceId: r.workspace_id, callId: r.call_id }, tx);
    return rows.length;
  });
}
