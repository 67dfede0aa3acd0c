// Migrates the database named by DATABASE_URL, seeds the demo workspaces, then bulk-inserts
// CALLS calls (default 100,000) over DAYS days (default 90) into "summit" in a few set-based
// statements. Also used to fill a screenshot database with a few thousand calls.
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/x CALLS=3000 npx tsx bench/outcomes/seed.ts
import { sql } from "drizzle-orm";
import { handle } from "@/db";
import { migrate } from "@/db/migrate";
import { rebuildOutcomeDaily } from "@/db/queries/outcome-aggregates";
import { seedDemo } from "@/db/seed";

const CALLS = Number(process.env.CALLS ?? 100_000);
const DAYS = Number(process.env.DAYS ?? 90);

// Word banks for summaries, notes and transcripts, so full-text search has real words to find.
const TOPICS = [
  "furnace",
  "AC unit",
  "water heater",
  "thermostat",
  "heat pump",
  "duct cleaning",
  "boiler",
  "air filter",
  "condenser",
  "leaking pipe",
  "invoice",
  "estimate",
];
const SUMMARIES = [
  "Customer confirmed the %s visit for next week and asked for a morning slot.",
  "Customer asked about the price of the %s repair and wants a written quote.",
  "Left a message about the %s appointment; no one picked up.",
  "Customer said the %s is working fine now and declined service.",
  "Customer was upset about the %s and asked to speak with a manager.",
  "Customer promised to pay the %s balance by Friday.",
  "Customer asked not to be called again about the %s.",
  "Explained the %s warranty terms; customer had no further questions.",
];

const lit = (items: string[]) => sql.raw(`array[${items.map((s) => `'${s.replace(/'/g, "''")}'`).join(",")}]`);

async function main() {
  const h = handle();
  const started = performance.now();
  await migrate(h);
  await seedDemo(h.db);
  const db = h.db;
  const [ws] = (await db.execute(sql`select id, time_zone from workspaces where slug = 'summit'`)) as unknown as {
    id: string;
    time_zone: string;
  }[];
  // Bulk load as a restore would: the aggregates' row triggers off, then one rebuild (timed).
  await db.execute(sql`alter table calls disable trigger user`);
  await db.execute(sql`alter table callback_tasks disable trigger user`);
  await db.execute(sql`
    with cust as (select array_agg(id order by id) ids, array_agg(name order by id) names, array_agg(phone order by id) phones from customers where workspace_id = ${ws.id}),
    asst as (select array_agg(id order by name) ids from assistants where workspace_id = ${ws.id}),
    who as (select array_agg(user_id order by user_id) ids from memberships where workspace_id = ${ws.id}),
    g as (
      select i, random() r_day, random() r_hour, random() r_purpose, random() r_status, random() r_answer, random() r_outcome, random() r_dur,
             random() r_review, random() r_who, (random() * 1e9)::bigint r_pick
      from generate_series(1, ${CALLS}) i
    ),
    shaped as (
      select g.*,
        case when r_purpose < .30 then 'callback' when r_purpose < .50 then 'follow_up' when r_purpose < .70 then 'appointment_reminder'
             when r_purpose < .85 then 'estimate_follow_up' when r_purpose < .95 then 'collections' when r_purpose < .98 then 'urgent_notification' else 'custom' end as purpose,
        case when r_status < .76 then 'completed' when r_status < .88 then 'no_answer' when r_status < .91 then 'busy' when r_status < .95 then 'failed'
             when r_status < .97 then 'canceled' when r_status < .98 then 'blocked' else 'rejected' end as status,
        (date_trunc('day', now() at time zone ${ws.time_zone}) - floor(r_day * ${DAYS}) * interval '1 day' + interval '8 hours'
          + r_hour * interval '10 hours') at time zone ${ws.time_zone} as planned_at
      from g
    ),
    answered as (
      -- Today's calls later than now move to yesterday: no call is placed in the future.
      select s.*, case when planned_at > now() then planned_at - interval '1 day' else planned_at end as created_at, case when status <> 'completed' then null when r_answer < .70 then 'human' when r_answer < .95 then 'voicemail' else 'unknown' end as answered_by
      from shaped s
    ),
    outcomes as (
      select a.*,
        case when answered_by is null then null
             when answered_by = 'voicemail' then 'voicemail_left'
             when purpose = 'collections' and r_outcome < .45 then 'payment_promised'
             when r_outcome < .32 then 'appointment_scheduled' when r_outcome < .50 then 'callback_requested' when r_outcome < .68 then 'information_provided'
             when r_outcome < .80 then 'not_interested' when r_outcome < .83 then 'do_not_call' when r_outcome < .87 then 'escalation_needed'
             when r_outcome < .995 then null else 'price_dispute' end as outcome_type
      from answered a
    )
    insert into calls (workspace_id, customer_id, assistant_id, placed_by, purpose, phone_number, customer_name, context, max_duration, record_call,
                       webhook_url, idempotency_key, request_body, status, provider_call_id, answered_by, duration_seconds, outcome_type, outcome,
                       ai_summary, needs_review, reviewed_at, rating, created_at, sent_at, ended_at, updated_at)
    select ${ws.id}, cust.ids[1 + r_pick % array_length(cust.ids, 1)], asst.ids[1 + r_pick % array_length(asst.ids, 1)],
           case when r_who < .1 then null else who.ids[1 + (r_pick / 7) % array_length(who.ids, 1)] end,
           o.purpose::call_purpose, cust.phones[1 + r_pick % array_length(cust.ids, 1)], cust.names[1 + r_pick % array_length(cust.ids, 1)], '{}'::jsonb, 600, true,
           'http://127.0.0.1:9/api/webhooks/provider', 'bench-' || i, '{}'::jsonb, o.status::call_status, 'call_bench_' || i, o.answered_by::answered_by,
           case when answered_by = 'human' then 40 + (r_dur * 360)::int when answered_by is not null then 15 + (r_dur * 30)::int end,
           outcome_type,
           case when outcome_type is not null then jsonb_build_object('type', outcome_type, 'notes', format(${"%s: %s"}, initcap(replace(outcome_type, '_', ' ')), (${lit(TOPICS)})[1 + r_pick % ${TOPICS.length}])) end,
           case when answered_by is not null then format((${lit(SUMMARIES)})[1 + (r_pick / 13) % ${SUMMARIES.length}], (${lit(TOPICS)})[1 + r_pick % ${TOPICS.length}]) end,
           answered_by is not null and (outcome_type is null or outcome_type = 'price_dispute'),
           case when r_review < .3 and answered_by is not null then created_at + interval '1 day' end,
           case when r_review < .3 and answered_by is not null then 1 + (r_pick % 5)::int end,
           created_at, created_at, created_at + interval '5 minutes', created_at
    from outcomes o, cust, asst, who
    -- Stored in the order they were placed, as a live table fills: a period's calls share pages.
    order by o.created_at`);
  // Transcripts for a fifth of the calls that reached a person (mentioning a second topic the
  // summary does not, so some calls are found by their transcript only); callback tasks for
  // callback requests.
  await db.execute(sql`
    insert into transcripts (call_id, workspace_id, utterances)
    select id, workspace_id, jsonb_build_array(
      jsonb_build_object('speaker', 'assistant', 'text', 'Hello, this is Summit Heating and Air calling about your ' || coalesce(outcome->>'notes', 'service') || '.', 'start', 0, 'end', 3),
      jsonb_build_object('speaker', 'customer', 'text', coalesce(ai_summary, 'Thanks, bye.') || ' Also, the ' || (${lit(TOPICS)})[1 + abs(hashtext(id::text || 'also')) % ${TOPICS.length}] || ' makes a noise.', 'start', 3, 'end', 9))
    from calls where workspace_id = ${ws.id} and answered_by = 'human' and idempotency_key like 'bench-%' and abs(hashtext(id::text)) % 5 = 0`);
  await db.execute(sql`
    insert into callback_tasks (workspace_id, customer_id, source_call_id, created_at, completed_at)
    select workspace_id, customer_id, id, created_at, case when abs(hashtext(id::text)) % 10 < 6 then created_at + interval '1 day' end
    from calls where workspace_id = ${ws.id} and outcome_type = 'callback_requested' and idempotency_key like 'bench-%'
    on conflict (source_call_id) do nothing`);
  // What saveTranscript writes on the call, and what the callback_tasks trigger would have marked,
  // in one statement each; then the aggregates.
  await db.execute(sql`update calls c set transcript_document = to_tsvector('english', t.utterances)
    from transcripts t where t.call_id = c.id and c.workspace_id = ${ws.id}`);
  await db.execute(sql`update calls c set callback_open = true
    where c.workspace_id = ${ws.id} and exists (select 1 from callback_tasks k where k.source_call_id = c.id and k.completed_at is null)`);
  await db.execute(sql`alter table calls enable trigger user`);
  await db.execute(sql`alter table callback_tasks enable trigger user`);
  const rebuildStarted = performance.now();
  const groups = await db.transaction((tx) => rebuildOutcomeDaily({}, tx));
  const rebuildSeconds = Number(((performance.now() - rebuildStarted) / 1000).toFixed(1));
  await db.execute(sql`analyze`);
  const [{ n }] = (await db.execute(sql`select count(*)::int n from calls where workspace_id = ${ws.id}`)) as unknown as { n: number }[];
  console.log(
    JSON.stringify({
      workspaceId: ws.id,
      calls: n,
      groups,
      rebuildSeconds,
      seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
    }),
  );
  await h.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
