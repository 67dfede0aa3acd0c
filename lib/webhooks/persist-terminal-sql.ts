import { rankSql } from "@/lib/calls/lifecycle";
import { FETCH_TRANSCRIPT_JOB } from "@/lib/jobs/kinds";
import { CALL_CHANNEL } from "./persist-sql";

/**
 * A terminal event (completed, no_answer, busy, failed, canceled) stored, applied and its usual
 * effects made in ONE statement, so its ack costs one round trip instead of a transaction of five
 * to seven. The same rules as PERSIST_EVENT_SQL plus applyTerminalEffects (outcome-effects.ts), for
 * the common cases; the rest (a missed call or callback task waiting on the call, auto-retry
 * switched on, a booked appointment (slot capacity), a do-not-call outcome, outcome times without
 * an offset, a campaign's call, whose row settles with it) are left to that transaction: then this statement writes nothing and answers `rare`.
 *
 * Effects run only when this event moves the call into its terminal state (`moved`), as before.
 *
 * $1 provider call id, $2 webhook id, $3 event, $4 occurred at, $5 payload, $6 terminal status,
 * $7 completed?, $8 duration seconds, $9 failure reason, $10 answered_by, $11 recording url,
 * $12 transcript url, $13 outcome type, $14 outcome json, $15 ai summary, $16 needs review,
 * $17 attention kind (or null), $18 attention detail, $19 effect ('callback' or null),
 * $20 callback at, $21 outcome notes, $22 whether the auto-retry setting matters for this event
 */
export const PERSIST_TERMINAL_SQL = `
with target as (
  select c.id, c.workspace_id, c.status, c.customer_id,
         case when c.status <> 'blocked' and ${rankSql("c.status")} < 9 and ${rankSql("$6")} > ${rankSql("c.status")}
              then $6::call_status else c.status end as next_status,
         exists (select 1 from missed_calls m where m.call_id = c.id and m.status = 'calling')
           or exists (select 1 from callback_tasks k where k.call_id = c.id and k.completed_at is null)
           or exists (select 1 from leads l where l.call_id = c.id and l.status = 'calling')
           or c.campaign_id is not null
           or ($22::boolean and coalesce((select (w.auto_retry->>'enabled')::boolean from workspaces w where w.id = c.workspace_id), false))
           as rare
  from calls c where c.provider_call_id = $1
), ins as (
  insert into webhook_events (webhook_id, workspace_id, call_id, event, occurred_at, payload)
  select $2, t.workspace_id, t.id, $3, $4::timestamptz, $5::jsonb from target t where not t.rare
  on conflict (webhook_id) do nothing
  returning call_id
), upd as (
  update calls c set
    status = t.next_status,
    duration_seconds = case when t.next_status <> t.status then $8::int else c.duration_seconds end,
    ended_at = case when t.next_status <> t.status then $4::timestamptz else c.ended_at end,
    failure_reason = case when t.next_status <> t.status and not $7::boolean then $9 else c.failure_reason end,
    answered_by = case when t.next_status <> t.status and $7::boolean then coalesce($10::answered_by, c.answered_by) else c.answered_by end,
    recording_url = case when t.next_status <> t.status and $7::boolean then $11 else c.recording_url end,
    transcript_url = case when t.next_status <> t.status and $7::boolean then $12 else c.transcript_url end,
    outcome_type = case when t.next_status <> t.status and $7::boolean then $13 else c.outcome_type end,
    outcome = case when t.next_status <> t.status and $7::boolean then $14::jsonb else c.outcome end,
    ai_summary = case when t.next_status <> t.status and $7::boolean then $15 else c.ai_summary end,
    needs_review = case when t.next_status <> t.status and $7::boolean then $16::boolean else c.needs_review end,
    updated_at = now()
  from ins, target t
  where c.id = ins.call_id and t.id = c.id
  returning c.id, c.workspace_id, t.customer_id, t.status::text as prev_status, c.status::text as status,
            t.next_status <> t.status as moved
), moved as (
  select id, workspace_id, customer_id from upd where moved
), transcript_job as (
  insert into jobs (kind, workspace_id, payload)
  select '${FETCH_TRANSCRIPT_JOB}', m.workspace_id, jsonb_build_object('workspaceId', m.workspace_id, 'callId', m.id)
  from moved m where $7::boolean and $12::text is not null
), attention as (
  insert into attention_items (workspace_id, call_id, kind, detail)
  select m.workspace_id, m.id, $17::attention_kind, $18 from moved m where $17::text is not null
  on conflict (call_id, kind) do nothing
), callback as (
  insert into callback_tasks (workspace_id, source_call_id, customer_id, callback_at, notes)
  select m.workspace_id, m.id, m.customer_id, $20::timestamptz, $21 from moved m where $19::text = 'callback'
  on conflict (source_call_id) do nothing
), notified as (
  select pg_notify('${CALL_CHANNEL}', workspace_id::text || ':' || id::text) from upd
)
select (select id from target) as call_id,
       (select workspace_id from target) as workspace_id,
       coalesce((select rare from target), false) as rare,
       (select count(*)::int from ins) as inserted,
       (select prev_status from upd) as prev_status,
       (select status from upd) as status,
       (select count(*)::int from notified) as notified
`;

export type PersistTerminalRow = {
  call_id: string | null;
  workspace_id: string | null;
  rare: boolean;
  inserted: number;
  prev_status: string | null;
  status: string | null;
  notified: number;
};
