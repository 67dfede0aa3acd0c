import { and, eq, sql, type SQL } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { executeRows } from "@/db/raw";
import { auditLog } from "@/db/schema";
import type { AnsweredBy, CallPurpose, CallStatus, MemberRole } from "@/db/schema/enums";
import { decodeCursor, encodeCursor } from "@/lib/outcomes/cursor";
import { callsSourceSql, cursorFits, keysetSql, scopeSql, sortKeyTextSql } from "@/lib/outcomes/report-sql";
import type { OutcomeFilters } from "@/lib/validation/outcomes";

/** The calls a report covers: a workspace, a window [from, to) and the URL's filters. */
export type ReportScope = { workspaceId: string; filters: OutcomeFilters; from: Date; to: Date };

export type FigureSet = {
  placed: number;
  /** answered_by = human */
  reached: number;
  /** appointment_scheduled among the reached calls, so the booking rate never passes 100%. */
  booked: number;
  voicemail: number;
  doNotCall: number;
  avgDurationSeconds: number | null;
  /** Callback tasks made from these calls that are not completed as of now. */
  callbacksOpen: number;
  /** Flagged for review and not yet reviewed. */
  needsReview: number;
};

export type Figures = { current: FigureSet; previous: FigureSet };

const FIGURE_COLUMNS = (p: "cur" | "prev", when: string) => `
  count(*) filter (where ${when})::int as ${p}_placed,
  count(*) filter (where ${when} and c.answered_by = 'human')::int as ${p}_reached,
  count(*) filter (where ${when} and c.answered_by = 'human' and c.outcome_type = 'appointment_scheduled')::int as ${p}_booked,
  count(*) filter (where ${when} and c.answered_by = 'voicemail')::int as ${p}_voicemail,
  count(*) filter (where ${when} and c.outcome_type = 'do_not_call')::int as ${p}_do_not_call,
  (avg(c.duration_seconds::float8) filter (where ${when}))::float8 as ${p}_avg_duration,
  count(*) filter (where ${when} and c.needs_review and c.reviewed_at is null)::int as ${p}_needs_review,
  count(*) filter (where ${when} and c.callback_open)::int as ${p}_callbacks_open`;

export type FigureRow = Record<string, number | null>;

export function figureSet(row: FigureRow, p: "cur" | "prev"): FigureSet {
  const n = (k: string) => Number(row[`${p}_${k}`] ?? 0);
  const avg = row[`${p}_avg_duration`];
  return {
    placed: n("placed"),
    reached: n("reached"),
    booked: n("booked"),
    voicemail: n("voicemail"),
    doNotCall: n("do_not_call"),
    avgDurationSeconds: avg === null || avg === undefined ? null : Number(avg),
    callbacksOpen: n("callbacks_open"),
    needsReview: n("needs_review"),
  };
}

/**
 * Every figure for the period and the one before it, in one round trip: one pass over both
 * windows with conditional aggregates. Open callbacks are counted from `calls.callback_open`, which
 * the callback_tasks trigger keeps (a call has at most one callback task).
 */
export async function figures(
  { workspaceId, filters, from, to, previousFrom }: ReportScope & { previousFrom?: Date },
  tx: DbOrTx = db,
): Promise<Figures> {
  const prevFrom = previousFrom ?? new Date(from.getTime() - (to.getTime() - from.getTime()));
  const cur = `c.created_at >= '${from.toISOString()}'::timestamptz`;
  const [row] = await executeRows<FigureRow>(
    tx,
    sql`select ${sql.raw(FIGURE_COLUMNS("cur", cur))}, ${sql.raw(FIGURE_COLUMNS("prev", `not ${cur}`))}
      from ${callsSourceSql(workspaceId, filters, prevFrom, to)} c where ${scopeSql(workspaceId, filters, prevFrom, to)}`,
  );
  return { current: figureSet(row, "cur"), previous: figureSet(row, "prev") };
}

export type DayOutcomeCount = { day: string; outcomeType: string | null; count: number };
export type PurposeOutcomeCount = { purpose: CallPurpose; outcomeType: string | null; count: number };
export type BookingRateRow = { key: string | null; label: string | null; placed: number; reached: number; booked: number };
export type ChartSet = "day" | "purpose" | "assistant" | "dispatcher";
export type ChartCounts = {
  byDay: DayOutcomeCount[];
  byPurpose: PurposeOutcomeCount[];
  byAssistant: BookingRateRow[];
  byDispatcher: BookingRateRow[];
};

export type ChartRow = {
  chart: ChartSet;
  day: string | null;
  purpose: CallPurpose | null;
  outcomeType: string | null;
  key: string | null;
  label: string | null;
  placed: number;
  reached: number;
  booked: number;
};

/**
 * The charts' counts in ONE pass over the period's calls (GROUPING SETS), rather than one scan per
 * chart: days are local days in `timeZone`; booking rates are booked over reached. A call with no
 * dispatcher was placed by an automatic retry.
 */
export async function chartCounts(
  { workspaceId, filters, from, to, timeZone = "UTC" }: ReportScope & { timeZone?: string },
  tx: DbOrTx = db,
): Promise<ChartCounts> {
  const calls = sql`from ${callsSourceSql(workspaceId, filters, from, to)} c where ${scopeSql(workspaceId, filters, from, to)}`;
  return toChartCounts(await executeRows<ChartRow>(tx, chartRowsSql(calls, workspaceId, timeZone)));
}

/** The charts' rows (ChartRow) from the calls `callsFrom` names (`from … c where …`), labels joined. */
function chartRowsSql(callsFrom: SQL, workspaceId: string, timeZone: string): SQL {
  return sql`select r.chart, to_char(r.day, 'YYYY-MM-DD') as day, r.purpose, r.outcome_type as "outcomeType", r.key,
           coalesce(a.name, u.name) as label, r.placed, r.reached, r.booked
    from (
      select case grouping(day, purpose, assistant_id, placed_by) when 7 then 'day' when 11 then 'purpose' when 13 then 'assistant' else 'dispatcher' end as chart,
             day, purpose, outcome_type, coalesce(assistant_id, placed_by) as key, count(*)::int as placed,
             count(*) filter (where answered_by = 'human')::int as reached,
             count(*) filter (where answered_by = 'human' and outcome_type = 'appointment_scheduled')::int as booked
      from (
        select (c.created_at at time zone ${timeZone})::date as day, c.purpose, c.outcome_type, c.assistant_id, c.placed_by, c.answered_by
        ${callsFrom}
      ) g
      group by grouping sets ((day, outcome_type), (purpose, outcome_type), (assistant_id), (placed_by))
    ) r
    left join assistants a on r.chart = 'assistant' and a.id = r.key and a.workspace_id = ${workspaceId}::uuid
    left join users u on r.chart = 'dispatcher' and u.id = r.key`;
}

/**
 * A search's figures and charts. A search cannot use the daily aggregates and its matches are
 * scattered over the table, so reading their rows is the cost. Each period's matches are read once,
 * the two periods in parallel (two connections, so two cores): the current period's rows feed its
 * figures and the charts in one pass (a materialized CTE of the report's columns), the previous
 * period's only its figures. As a figures query over both periods beside a charts query, the
 * current period's matches were read twice.
 */
export async function searchReport(
  { workspaceId, filters, from, to, previousFrom, timeZone }: ReportScope & { previousFrom: Date; timeZone: string },
  tx: DbOrTx = db,
): Promise<{ figures: Figures; charts: ChartCounts }> {
  const [current, previous] = await Promise.all([
    executeRows<ChartRow & { figures: FigureRow | null }>(
      tx,
      sql`with m as materialized (
        select c.created_at, c.purpose, c.outcome_type, c.assistant_id, c.placed_by, c.answered_by, c.duration_seconds,
               c.needs_review, c.reviewed_at, c.callback_open
        from ${callsSourceSql(workspaceId, filters, from, to)} c where ${scopeSql(workspaceId, filters, from, to)}
      ),
      f as (select ${sql.raw(FIGURE_COLUMNS("cur", "true"))} from m c)
      select charts.*, null::jsonb as figures from (${chartRowsSql(sql`from m c`, workspaceId, timeZone)}) charts
      union all
      select 'figures', null, null, null, null, null, 0, 0, 0, to_jsonb(f) from f`,
    ),
    executeRows<FigureRow>(
      tx,
      sql`select ${sql.raw(FIGURE_COLUMNS("prev", "true"))}
        from ${callsSourceSql(workspaceId, filters, previousFrom, from)} c where ${scopeSql(workspaceId, filters, previousFrom, from)}`,
    ),
  ]);
  return {
    figures: { current: figureSet(current.find((r) => r.figures)?.figures ?? {}, "cur"), previous: figureSet(previous[0] ?? {}, "prev") },
    charts: toChartCounts(current),
  };
}

/** The charts' rows, one list per chart; booking rates sorted by people reached. */
export function toChartCounts(rows: ChartRow[]): ChartCounts {
  const of = (chart: ChartSet) => rows.filter((r) => r.chart === chart);
  const rates = (set: ChartSet) =>
    of(set)
      .map(({ key, label, placed, reached, booked }) => ({ key, label, placed, reached, booked }))
      .sort((x, y) => y.reached - x.reached || (x.label ?? "").localeCompare(y.label ?? ""));
  return {
    byDay: of("day").map(({ day, outcomeType, placed }) => ({ day: day ?? "", outcomeType, count: placed })),
    byPurpose: of("purpose").map(({ purpose, outcomeType, placed }) => ({ purpose: purpose as CallPurpose, outcomeType, count: placed })),
    byAssistant: rates("assistant"),
    byDispatcher: rates("dispatcher"),
  };
}

// One chart each, for callers that want just one. Each costs the full pass above (the extra
// groupings are cheap next to reading the rows); the page calls chartCounts once instead.

/** Calls per local day and outcome type (null = no outcome). */
export async function outcomesByDay(scope: ReportScope & { timeZone: string }, tx: DbOrTx = db) {
  return (await chartCounts(scope, tx)).byDay;
}

/** Calls per purpose and outcome type. */
export async function mixByPurpose(scope: ReportScope, tx: DbOrTx = db) {
  return (await chartCounts(scope, tx)).byPurpose;
}

export async function bookingRateBy({ dimension, ...scope }: ReportScope & { dimension: "assistant" | "dispatcher" }, tx: DbOrTx = db) {
  const counts = await chartCounts(scope, tx);
  return dimension === "assistant" ? counts.byAssistant : counts.byDispatcher;
}

export type ReportCall = {
  id: string;
  createdAt: Date;
  customerName: string;
  phoneNumber: string;
  purpose: CallPurpose;
  assistantName: string | null;
  dispatcherName: string | null;
  status: CallStatus;
  answeredBy: AnsweredBy | null;
  durationSeconds: number | null;
  outcomeType: string | null;
  notes: string | null;
  summary: string | null;
  reviewed: boolean;
  rating: number | null;
};

type RawCall = Omit<ReportCall, "createdAt"> & { createdMs: number; sortKey: string };

export type CallPage = { rows: ReportCall[]; next: string | null; prev: string | null };

/**
 * One page of the calls behind the figures, by keyset on (sort key, id): every page costs the
 * same however deep, and no OFFSET. `cursor` is what a previous page handed out as next or prev.
 */
export async function listCalls(
  { workspaceId, filters, from, to, limit = 50 }: ReportScope & { limit?: number },
  tx: DbOrTx = db,
): Promise<CallPage> {
  const cursor = cursorFits(filters.sort, decodeCursor(filters.cursor));
  const keyset = keysetSql(filters.sort, filters.dir, cursor);
  const fetched = await executeRows<RawCall>(
    tx,
    sql`select c.id, (extract(epoch from c.created_at) * 1000)::float8 as "createdMs", c.customer_name as "customerName",
           c.phone_number as "phoneNumber", c.purpose, a.name as "assistantName", u.name as "dispatcherName", c.status,
           c.answered_by as "answeredBy", c.duration_seconds as "durationSeconds", c.outcome_type as "outcomeType",
           c.outcome->>'notes' as notes, c.ai_summary as summary, c.reviewed_at is not null as reviewed, c.rating,
           ${sortKeyTextSql(filters.sort)} as "sortKey"
    from ${callsSourceSql(workspaceId, filters, from, to)} c
    left join assistants a on a.id = c.assistant_id
    left join users u on u.id = c.placed_by
    where ${scopeSql(workspaceId, filters, from, to)} ${keyset.where ? sql`and ${keyset.where}` : sql``}
    order by ${keyset.orderBy}
    limit ${limit + 1}`,
  );
  const more = fetched.length > limit;
  const page = fetched.slice(0, limit);
  const backwards = cursor?.direction === "prev";
  if (backwards) page.reverse();
  const edge = (r: RawCall | undefined, direction: "next" | "prev") => (r ? encodeCursor({ key: r.sortKey, id: r.id, direction }) : null);
  // Field by field rather than with rest/spread: the export maps a million of these.
  const rows = page.map((r): ReportCall => ({
    id: r.id,
    createdAt: new Date(r.createdMs),
    customerName: r.customerName,
    phoneNumber: r.phoneNumber,
    purpose: r.purpose,
    assistantName: r.assistantName,
    dispatcherName: r.dispatcherName,
    status: r.status,
    answeredBy: r.answeredBy,
    durationSeconds: r.durationSeconds,
    outcomeType: r.outcomeType,
    notes: r.notes,
    summary: r.summary,
    reviewed: r.reviewed,
    rating: r.rating,
  }));
  return {
    rows,
    next: backwards || more ? edge(page.at(-1), "next") : null,
    prev: backwards ? (more ? edge(page[0], "prev") : null) : cursor ? edge(page[0], "prev") : null,
  };
}

export type FilterOptions = {
  assistants: { id: string; name: string; active: boolean }[];
  members: { id: string; name: string; role: MemberRole }[];
};

/** The choices of the assistant and dispatcher filters: everyone in the workspace, retired ones too. */
export async function filterOptions({ workspaceId }: { workspaceId: string }, tx: DbOrTx = db): Promise<FilterOptions> {
  const [assistants, members] = await Promise.all([
    executeRows<FilterOptions["assistants"][number]>(
      tx,
      sql`select id, name, active from assistants where workspace_id = ${workspaceId}::uuid order by name`,
    ),
    executeRows<FilterOptions["members"][number]>(
      tx,
      sql`select u.id, u.name, m.role from memberships m join users u on u.id = m.user_id where m.workspace_id = ${workspaceId}::uuid order by u.name`,
    ),
  ]);
  return { assistants, members };
}

export type ExportAudit = { filters: Record<string, string>; rows: number | null; finished: boolean; aborted?: boolean };

/**
 * An export's audit entry is written before the first row leaves (so an export cut short is still
 * on record, with rows null) and completed with the row count when the last row has gone.
 */
export async function startExportAudit(
  { workspaceId, actorId, filters }: { workspaceId: string; actorId: string; filters: Record<string, string> },
  tx: DbOrTx = db,
): Promise<number> {
  const after: ExportAudit = { filters, rows: null, finished: false };
  const [row] = await tx
    .insert(auditLog)
    .values({ workspaceId, actorId, action: "calls.export", entityType: "calls", entityId: null, after })
    .returning({ id: auditLog.id });
  return row.id;
}

export async function finishExportAudit(
  { workspaceId, id, after }: { workspaceId: string; id: number; after: ExportAudit },
  tx: DbOrTx = db,
) {
  await tx
    .update(auditLog)
    .set({ after })
    .where(and(eq(auditLog.workspaceId, workspaceId), eq(auditLog.id, id), eq(auditLog.action, "calls.export")));
}
