import { sql, type SQL } from "drizzle-orm";
import { db, type DbOrTx, type Tx } from "@/db";
import { executeRows } from "@/db/raw";
import type { OutcomeFilters } from "@/lib/validation/outcomes";
import { figureSet, toChartCounts, type ChartCounts, type ChartRow, type FigureRow, type Figures } from "./outcomes-report";

/**
 * The outcomes report read from outcome_daily (db/schema/outcome-aggregates.ts) instead of the
 * calls: the same figures and charts as `figures` and `chartCounts` for whole local days, at a cost
 * that grows with days × groups, not with calls. A search (`q`) cannot be answered from counts; the
 * report falls back to the calls for it.
 */

/** The report's days, as the workspace's local dates (YYYY-MM-DD, inclusive). */
export type DayScope = {
  workspaceId: string;
  filters: OutcomeFilters;
  firstDay: string;
  lastDay: string;
};

/** The narrowing filters as conditions on `outcome_daily o`, written like `narrowingSql`'s. */
function aggregateNarrowingSql(f: OutcomeFilters): SQL[] {
  const parts: SQL[] = [];
  if (f.purpose) parts.push(sql`o.purpose = ${f.purpose}::call_purpose`);
  if (f.assistantId) parts.push(sql`o.assistant_id = ${f.assistantId}::uuid`);
  if (f.dispatcherId) parts.push(sql`o.placed_by = ${f.dispatcherId}::uuid`);
  if (f.outcome === "none") parts.push(sql`o.outcome_type is null`);
  else if (f.outcome) parts.push(sql`o.outcome_type = ${f.outcome}`);
  if (f.answeredBy) parts.push(sql`o.answered_by = ${f.answeredBy}::answered_by`);
  if (f.status) parts.push(sql`o.status = ${f.status}::call_status`);
  if (f.reviewed === "yes") parts.push(sql`o.reviewed`);
  if (f.reviewed === "no") parts.push(sql`not o.reviewed`);
  return parts;
}

function daysSql(workspaceId: string, f: OutcomeFilters, firstDay: string, lastDay: string): SQL {
  return sql.join(
    [
      sql`o.workspace_id = ${workspaceId}::uuid`,
      sql`o.day >= ${firstDay}::date`,
      sql`o.day <= ${lastDay}::date`,
      ...aggregateNarrowingSql(f),
    ],
    sql` and `,
  );
}

/** Sums over `o`: outcome_daily, or (unfiltered) the `all` rollup, whose open_review is the same test. */
const FIGURE_SUMS = (p: "cur" | "prev", when: string, rollup: boolean) => `
  coalesce(sum(o.calls) filter (where ${when}), 0)::int as ${p}_placed,
  coalesce(sum(o.calls) filter (where ${when} and o.answered_by = 'human'), 0)::int as ${p}_reached,
  coalesce(sum(o.calls) filter (where ${when} and o.answered_by = 'human' and o.outcome_type = 'appointment_scheduled'), 0)::int as ${p}_booked,
  coalesce(sum(o.calls) filter (where ${when} and o.answered_by = 'voicemail'), 0)::int as ${p}_voicemail,
  coalesce(sum(o.calls) filter (where ${when} and o.outcome_type = 'do_not_call'), 0)::int as ${p}_do_not_call,
  (sum(o.duration_sum) filter (where ${when}))::float8 / nullif(sum(o.duration_count) filter (where ${when}), 0) as ${p}_avg_duration,
  coalesce(sum(o.calls) filter (where ${when} and ${rollup ? "o.open_review" : "o.needs_review and not o.reviewed"}), 0)::int as ${p}_needs_review,
  coalesce(sum(o.callbacks_open) filter (where ${when}), 0)::int as ${p}_callbacks_open`;

/** Both periods' figures in one round trip, open callbacks included (`calls.callback_open`). */
export async function aggregateFigures(
  { workspaceId, filters, firstDay, lastDay, previousFirstDay }: DayScope & { previousFirstDay: string },
  tx: DbOrTx = db,
): Promise<Figures> {
  const cur = `o.day >= '${firstDay}'::date`;
  const unfiltered = aggregateNarrowingSql(filters).length === 0;
  const sums = sql.raw(`${FIGURE_SUMS("cur", cur, unfiltered)}, ${FIGURE_SUMS("prev", `not ${cur}`, unfiltered)}`);
  const groups = unfiltered
    ? sql`from outcome_daily_rollups o where o.workspace_id = ${workspaceId}::uuid and o.dimension = 'all' and o.day >= ${previousFirstDay}::date and o.day <= ${lastDay}::date`
    : sql`from outcome_daily o where ${daysSql(workspaceId, filters, previousFirstDay, lastDay)}`;
  const [row] = await executeRows<FigureRow>(tx, sql`select ${sums} ${groups}`);
  return { current: figureSet(row, "cur"), previous: figureSet(row, "prev") };
}

/** The four charts from the rollups: the unfiltered view, a few hundred rows a day. */
async function rollupChartCounts({ workspaceId, firstDay, lastDay }: DayScope, tx: DbOrTx): Promise<ChartCounts> {
  const rows = await executeRows<ChartRow>(
    tx,
    sql`select r.chart, to_char(r.day, 'YYYY-MM-DD') as day, r.purpose, r.outcome_type as "outcomeType", r.key,
           coalesce(a.name, u.name) as label, r.placed, r.reached, r.booked
    from (
      select case o.dimension when 'all' then 'day' else o.dimension end as chart,
             case when o.dimension = 'all' then o.day end as day,
             case when o.dimension = 'purpose' then o.key end as purpose,
             case when o.dimension in ('all', 'purpose') then o.outcome_type end as outcome_type,
             case when o.dimension in ('assistant', 'dispatcher') then o.key end as key,
             sum(o.calls)::int as placed,
             coalesce(sum(o.calls) filter (where o.answered_by = 'human'), 0)::int as reached,
             coalesce(sum(o.calls) filter (where o.answered_by = 'human' and o.outcome_type = 'appointment_scheduled'), 0)::int as booked
      from outcome_daily_rollups o
      where o.workspace_id = ${workspaceId}::uuid and o.dimension in ('all', 'purpose', 'assistant', 'dispatcher')
        and o.day >= ${firstDay}::date and o.day <= ${lastDay}::date
      group by 1, 2, 3, 4, 5
    ) r
    left join assistants a on r.chart = 'assistant' and a.id = r.key::uuid and a.workspace_id = ${workspaceId}::uuid
    left join users u on r.chart = 'dispatcher' and u.id = r.key::uuid`,
  );
  return toChartCounts(rows);
}

/** The four charts in one pass over the period's groups, as `chartCounts` does over its calls. */
export async function aggregateChartCounts(scope: DayScope, tx: DbOrTx = db): Promise<ChartCounts> {
  const { workspaceId, filters, firstDay, lastDay } = scope;
  if (aggregateNarrowingSql(filters).length === 0) return rollupChartCounts(scope, tx);
  const rows = await executeRows<ChartRow>(
    tx,
    sql`select r.chart, to_char(r.day, 'YYYY-MM-DD') as day, r.purpose, r.outcome_type as "outcomeType", r.key,
           coalesce(a.name, u.name) as label, r.placed, r.reached, r.booked
    from (
      select case grouping(o.day, o.purpose, o.assistant_id, o.placed_by) when 7 then 'day' when 11 then 'purpose' when 13 then 'assistant' else 'dispatcher' end as chart,
             o.day, o.purpose, o.outcome_type, coalesce(o.assistant_id, o.placed_by) as key, sum(o.calls)::int as placed,
             coalesce(sum(o.calls) filter (where o.answered_by = 'human'), 0)::int as reached,
             coalesce(sum(o.calls) filter (where o.answered_by = 'human' and o.outcome_type = 'appointment_scheduled'), 0)::int as booked
      from outcome_daily o where ${daysSql(workspaceId, filters, firstDay, lastDay)}
      group by grouping sets ((o.day, o.outcome_type), (o.purpose, o.outcome_type), (o.assistant_id), (o.placed_by))
    ) r
    left join assistants a on r.chart = 'assistant' and a.id = r.key and a.workspace_id = ${workspaceId}::uuid
    left join users u on r.chart = 'dispatcher' and u.id = r.key`,
  );
  return toChartCounts(rows);
}

/** The grouping the triggers keep, computed from the calls: what `rebuildOutcomeDaily` writes. */
const GROUPED_CALLS = (workspaceId: string | null) => sql`
  select c.workspace_id, (c.created_at at time zone w.time_zone)::date, c.purpose, c.assistant_id, c.placed_by, c.status,
         c.answered_by, c.outcome_type, c.needs_review, c.reviewed_at is not null, count(*)::int,
         coalesce(sum(c.duration_seconds), 0), count(c.duration_seconds)::int, count(*) filter (where c.callback_open)::int
  from calls c join workspaces w on w.id = c.workspace_id
  ${workspaceId ? sql`where c.workspace_id = ${workspaceId}::uuid` : sql``}
  group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10`;

/**
 * Recomputes outcome_daily from the calls, for one workspace or all. Writers of calls wait while
 * it runs (SHARE lock), so no change falls between the delete and the insert; at 1M calls this
 * takes seconds. Run by `npm run outcomes:rebuild` and when a workspace's time zone changes
 * (its local days move).
 */
export async function rebuildOutcomeDaily({ workspaceId = null }: { workspaceId?: string | null }, tx: Tx): Promise<number> {
  await tx.execute(sql`lock table calls in share mode`);
  await tx.execute(
    workspaceId ? sql`delete from outcome_daily where workspace_id = ${workspaceId}::uuid` : sql`delete from outcome_daily where true`,
  );
  const rows = await executeRows<{ n: number }>(
    tx,
    sql`with ins as (
      insert into outcome_daily (workspace_id, day, purpose, assistant_id, placed_by, status, answered_by, outcome_type,
                                 needs_review, reviewed, calls, duration_sum, duration_count, callbacks_open)
      ${GROUPED_CALLS(workspaceId)}
      returning 1
    ) select count(*)::int as n from ins`,
  );
  await tx.execute(
    workspaceId
      ? sql`delete from outcome_daily_rollups where workspace_id = ${workspaceId}::uuid`
      : sql`delete from outcome_daily_rollups where true`,
  );
  // The rollups from the groups just written: the same sums, by fewer dimensions.
  await tx.execute(sql`
    insert into outcome_daily_rollups (workspace_id, day, dimension, key, answered_by, outcome_type, open_review, calls, duration_sum, duration_count, callbacks_open)
    select o.workspace_id, o.day, d.dimension, d.key, o.answered_by, o.outcome_type, o.needs_review and not o.reviewed,
           sum(o.calls)::int, sum(o.duration_sum), sum(o.duration_count)::int, sum(o.callbacks_open)::int
    from outcome_daily o
    cross join lateral (values ('all', null), ('purpose', o.purpose::text), ('assistant', o.assistant_id::text), ('dispatcher', o.placed_by::text)) d(dimension, key)
    ${workspaceId ? sql`where o.workspace_id = ${workspaceId}::uuid` : sql``}
    group by 1, 2, 3, 4, 5, 6, 7`);
  return rows[0]?.n ?? 0;
}

export type OutcomeDailyGroup = {
  day: string;
  purpose: string;
  assistantId: string;
  placedBy: string | null;
  status: string;
  answeredBy: string | null;
  outcomeType: string | null;
  needsReview: boolean;
  reviewed: boolean;
  calls: number;
  durationSum: number;
  durationCount: number;
  callbacksOpen: number;
};

/** A workspace's stored groups in a fixed order (tests compare them with a rebuild). */
export async function listOutcomeDaily({ workspaceId }: { workspaceId: string }, tx: DbOrTx = db): Promise<OutcomeDailyGroup[]> {
  return executeRows<OutcomeDailyGroup>(
    tx,
    sql`select to_char(day, 'YYYY-MM-DD') as day, purpose::text, assistant_id as "assistantId", placed_by as "placedBy", status::text,
           answered_by::text as "answeredBy", outcome_type as "outcomeType", needs_review as "needsReview", reviewed, calls,
           duration_sum::float8 as "durationSum", duration_count as "durationCount", callbacks_open as "callbacksOpen"
    from outcome_daily where workspace_id = ${workspaceId}::uuid
    order by 1, 2, 3, 4 nulls first, 5, 6 nulls first, 7 nulls first, 8, 9`,
  );
}

/** A workspace's stored rollups in a fixed order (tests compare them with a rebuild). */
export async function listOutcomeDailyRollups({ workspaceId }: { workspaceId: string }, tx: DbOrTx = db) {
  return executeRows<Record<string, unknown>>(
    tx,
    sql`select to_char(day, 'YYYY-MM-DD') as day, dimension, key, answered_by::text as "answeredBy", outcome_type as "outcomeType",
           open_review as "openReview", calls, duration_sum::float8 as "durationSum", duration_count as "durationCount",
           callbacks_open as "callbacksOpen"
    from outcome_daily_rollups where workspace_id = ${workspaceId}::uuid
    order by dimension, day, key nulls first, answered_by nulls first, outcome_type nulls first, open_review`,
  );
}
