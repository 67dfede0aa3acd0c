import { sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { executeRows } from "@/db/raw";

/**
 * Ends the calls the provider went silent on: still queued, dialing, ringing or in progress
 * `graceSeconds` after their max_duration ran out (counted from when they were sent). Each moves
 * to `unknown` with an event and a "stuck" attention item, in one statement per table. Every
 * workspace: the reconciler is a system task, and each row keeps its own workspace.
 */
export async function endSilentCalls(
  { now, graceSeconds }: { now: Date; graceSeconds: number },
  tx: DbOrTx = db,
): Promise<{ call_id: string; workspace_id: string; prev_status: string }[]> {
  return executeRows(
    tx,
    sql`with silent as (
          select id, status from calls
          where status in ('queued', 'dialing', 'ringing', 'in_progress')
            and coalesce(sent_at, created_at) + make_interval(secs => max_duration + ${graceSeconds}) < ${now.toISOString()}::timestamptz
          for update skip locked
        ), ended as (
          update calls c set status = 'unknown', updated_at = now()
          from silent s where c.id = s.id
          returning c.id, c.workspace_id, c.max_duration, s.status::text as prev_status
        ), events as (
          insert into call_events (workspace_id, call_id, type, data)
          select workspace_id, id, 'provider_silent',
                 jsonb_build_object('previous_status', prev_status, 'grace_seconds', ${graceSeconds}::int)
          from ended
        ), items as (
          insert into attention_items (workspace_id, call_id, kind, detail)
          select workspace_id, id, 'stuck',
                 'The provider never reported the end: no word ' || (max_duration + ${graceSeconds}) / 60 || ' minutes after the call was sent'
          from ended
          on conflict (call_id, kind) do nothing
        )
        select id as call_id, workspace_id, prev_status from ended`,
  );
}
