import { sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { executeRows } from "@/db/raw";

export type LeadSpeed = { leads: number; called: number; p50Seconds: number | null; p90Seconds: number | null };
export type LeadSourceRow = { source: string; leads: number; reached: number; booked: number };

/**
 * Speed-to-lead over leads received in [from, to): seconds from arrival to the first call going out
 * (the provider accepting it), p50 and p90; and by source, how many were reached and booked.
 */
export async function leadReport(
  { workspaceId, from, to }: { workspaceId: string; from: Date; to: Date },
  tx: DbOrTx = db,
): Promise<{ speed: LeadSpeed; bySource: LeadSourceRow[] }> {
  const range = sql`l.workspace_id = ${workspaceId} and l.received_at >= ${from.toISOString()}::timestamptz and l.received_at < ${to.toISOString()}::timestamptz`;
  const [speed] = await executeRows<LeadSpeed>(
    tx,
    sql`select count(*)::int as leads,
               count(c.sent_at)::int as called,
               percentile_cont(0.5) within group (order by extract(epoch from c.sent_at - l.received_at))
                 filter (where c.sent_at is not null) as "p50Seconds",
               percentile_cont(0.9) within group (order by extract(epoch from c.sent_at - l.received_at))
                 filter (where c.sent_at is not null) as "p90Seconds"
        from leads l left join calls c on c.id = l.first_call_id
        where ${range}`,
  );
  const bySource = await executeRows<LeadSourceRow>(
    tx,
    sql`select l.source,
               count(*)::int as leads,
               count(*) filter (where exists (select 1 from calls c where c.workspace_id = l.workspace_id and c.customer_id = l.customer_id
                 and c.created_at >= l.received_at and c.answered_by = 'human'))::int as reached,
               count(*) filter (where exists (select 1 from calls c where c.workspace_id = l.workspace_id and c.customer_id = l.customer_id
                 and c.created_at >= l.received_at and c.outcome_type = 'appointment_scheduled'))::int as booked
        from leads l
        where ${range}
        group by l.source
        order by count(*) desc, l.source`,
  );
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return { speed: { ...speed, p50Seconds: num(speed.p50Seconds), p90Seconds: num(speed.p90Seconds) }, bySource };
}
