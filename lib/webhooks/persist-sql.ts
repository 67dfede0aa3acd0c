import { rankSql } from "@/lib/calls/lifecycle";

export const CALL_CHANNEL = "callboard_calls";

/**
 * Stores a webhook and advances its call in ONE statement (one round trip, one NOTIFY): the insert
 * is skipped for a repeated webhook-id, and then nothing else happens either. CTEs share one
 * snapshot, so `target.status` is the status before this event.
 *
 * $1 provider call id, $2 webhook id, $3 event, $4 occurred at, $5 payload,
 * $6 status the event reports (null for unknown events), $7 answered_by, $8 estimated_wait
 */
export const PERSIST_EVENT_SQL = `
with target as (
  select id, workspace_id, status from calls where provider_call_id = $1
), ins as (
  insert into webhook_events (webhook_id, workspace_id, call_id, event, occurred_at, payload)
  select $2, t.workspace_id, t.id, $3, $4::timestamptz, $5::jsonb from target t
  on conflict (webhook_id) do nothing
  returning call_id
), upd as (
  update calls c set
    status = case when c.status <> 'blocked' and ${rankSql("c.status")} < 9 and ${rankSql("$6")} > ${rankSql("c.status")}
                  then $6::call_status else c.status end,
    answered_by = coalesce(c.answered_by, $7::answered_by),
    answered_at = case when $6 = 'in_progress' and c.answered_at is null then $4::timestamptz else c.answered_at end,
    estimated_wait = coalesce($8::int, c.estimated_wait),
    updated_at = now()
  from ins, target t
  where c.id = ins.call_id and t.id = c.id
  returning c.id, c.workspace_id, t.status::text as prev_status, c.status::text as status,
            c.customer_id, c.attempt, c.answered_by::text as answered_by, c.phone_number, c.campaign_id,
            exists (select 1 from missed_calls m where m.call_id = c.id and m.status = 'calling')
              or exists (select 1 from callback_tasks k where k.call_id = c.id and k.completed_at is null)
              or exists (select 1 from leads l where l.call_id = c.id and l.status = 'calling') as has_claims
), notified as (
  select pg_notify('${CALL_CHANNEL}', workspace_id::text || ':' || id::text) from upd
)
select (select id from target) as call_id,
       (select workspace_id from target) as workspace_id,
       (select count(*)::int from ins) as inserted,
       (select prev_status from upd) as prev_status,
       (select status from upd) as status,
       (select count(*)::int from notified) as notified,
       (select customer_id from upd) as customer_id,
       (select attempt from upd) as attempt,
       (select answered_by from upd) as answered_by,
       (select phone_number from upd) as phone_number,
       (select campaign_id from upd) as campaign_id,
       (select has_claims from upd) as has_claims
`;

export type PersistRow = {
  call_id: string | null;
  workspace_id: string | null;
  inserted: number;
  prev_status: string | null;
  status: string | null;
  notified: number;
  /** What a terminal event's effects need, so they do not read the call again. */
  customer_id: string | null;
  attempt: number | null;
  answered_by: string | null;
  phone_number: string | null;
  /** A campaign's call settles its row in the same transaction (lib/campaigns/settle.ts). */
  campaign_id: string | null;
  /** Whether a missed call, callback task or lead waits on this call's end (most calls: no). */
  has_claims: boolean | null;
};
