import { sql, type SQL } from "drizzle-orm";
import type { Cursor } from "@/lib/outcomes/cursor";
import { phoneDigits } from "@/lib/phone-digits";
import type { OutcomeFilters, SortDir, SortKey } from "@/lib/validation/outcomes";

/**
 * SQL fragments shared by every outcomes query, over `calls c`. Kept apart from the queries so
 * the figures, the charts, the table and the export can never disagree about which calls count.
 */

/** Written exactly as `calls_search_idx` (db/schema/calls.ts), or PostgreSQL will not use it. */
const CALLS_SEARCH_DOCUMENT = (alias: string) =>
  sql.raw(
    `(to_tsvector('english', coalesce(${alias}.ai_summary, '') || ' ' || coalesce(${alias}.outcome->>'notes', '') || ' ' || coalesce(${alias}.review_note, '')) || coalesce(${alias}.transcript_document, ''::tsvector))`,
  );

/**
 * The calls a report reads, as a FROM item to alias `c`: the table itself, or, with a search, only
 * the calls that match it. A search is full-text over summaries, outcome notes, review notes and
 * transcripts (one document, calls_search_idx) or any part of the number (calls_phone_trgm_idx).
 * Each branch reads only its own matches in the workspace and period, and the number's branch
 * leaves out calls the words already found, so a UNION ALL of whole rows holds each call once.
 * Written as `c.id in (…)` over the table, PostgreSQL also scanned the whole period (675k rows at
 * 1M calls); with transcripts in their own table, their branch cost a lookup per matching
 * transcript; with an OR of the conditions no GIN index is used at all (docs/benchmarks.md).
 */
export function callsSourceSql(workspaceId: string, f: OutcomeFilters, from: Date, to: Date): SQL {
  if (!f.q) return sql`calls`;
  const query = sql`websearch_to_tsquery('english', ${f.q})`;
  const digits = phoneDigits(f.q);
  const inPeriod = (alias: string) =>
    sql`${sql.raw(alias)}.workspace_id = ${workspaceId} and ${sql.raw(alias)}.created_at >= ${from.toISOString()}::timestamptz and ${sql.raw(alias)}.created_at < ${to.toISOString()}::timestamptz`;
  const byPhone = digits
    ? sql`union all
      select p.* from calls p
      where ${inPeriod("p")} and p.phone_number like ${`%${digits}%`} and not ${CALLS_SEARCH_DOCUMENT("p")} @@ ${query}`
    : sql``;
  return sql`(
    select s.* from calls s where ${inPeriod("s")} and ${CALLS_SEARCH_DOCUMENT("s")} @@ ${query}
    ${byPhone}
  )`;
}

/** Every narrowing filter (not the dates, nor the search: see callsSourceSql), as conditions on `calls c`. */
export function narrowingSql(f: OutcomeFilters): SQL[] {
  const parts: SQL[] = [];
  if (f.purpose) parts.push(sql`c.purpose = ${f.purpose}::call_purpose`);
  if (f.assistantId) parts.push(sql`c.assistant_id = ${f.assistantId}::uuid`);
  if (f.dispatcherId) parts.push(sql`c.placed_by = ${f.dispatcherId}::uuid`);
  if (f.outcome === "none") parts.push(sql`c.outcome_type is null`);
  else if (f.outcome) parts.push(sql`c.outcome_type = ${f.outcome}`);
  if (f.answeredBy) parts.push(sql`c.answered_by = ${f.answeredBy}::answered_by`);
  if (f.status) parts.push(sql`c.status = ${f.status}::call_status`);
  if (f.reviewed === "yes") parts.push(sql`c.reviewed_at is not null`);
  if (f.reviewed === "no") parts.push(sql`c.reviewed_at is null`);
  return parts;
}

/** The tenant, the time window (`to` exclusive) and the filters. Instants go over as ISO text. */
export function scopeSql(workspaceId: string, f: OutcomeFilters, from: Date, to: Date): SQL {
  return sql.join(
    [
      sql`c.workspace_id = ${workspaceId}::uuid`,
      sql`c.created_at >= ${from.toISOString()}::timestamptz`,
      sql`c.created_at < ${to.toISOString()}::timestamptz`,
      ...narrowingSql(f),
    ],
    sql` and `,
  );
}

/**
 * Each sort as an expression with no nulls (so (key, id) is a total order for the keyset), the
 * same value as text for the cursor (a timestamp with its microseconds), and the cast back.
 */
const SORTS: Record<SortKey, { expr: string; text: string; cast: string; key: RegExp }> = {
  created: {
    expr: "c.created_at",
    text: `to_char(c.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    cast: "timestamptz",
    key: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/,
  },
  duration: { expr: "coalesce(c.duration_seconds, -1)", text: "coalesce(c.duration_seconds, -1)::text", cast: "int", key: /^-?\d{1,9}$/ },
  outcome: { expr: "coalesce(c.outcome_type, '')", text: "coalesce(c.outcome_type, '')", cast: "text", key: /^[\s\S]*$/ },
};

/** A cursor from another sort (or edited by hand) would fail its cast; such a cursor is ignored. */
export function cursorFits(sort: SortKey, cursor: Cursor | null): Cursor | null {
  return cursor && SORTS[sort].key.test(cursor.key) ? cursor : null;
}

export function sortKeyTextSql(sort: SortKey): SQL {
  return sql.raw(SORTS[sort].text);
}

/**
 * ORDER BY and the keyset condition for one page. Reading backwards ("Previous") flips both the
 * comparison and the order; the caller reverses the rows back.
 */
export function keysetSql(sort: SortKey, dir: SortDir, cursor: Cursor | null): { where: SQL | null; orderBy: SQL } {
  const s = SORTS[sort];
  const backwards = cursor?.direction === "prev";
  const ascending = (dir === "asc") !== backwards;
  const order = ascending ? "asc" : "desc";
  const orderBy = sql.raw(`${s.expr} ${order}, c.id ${order}`);
  if (!cursor) return { where: null, orderBy };
  const op = sql.raw(ascending ? ">" : "<");
  return { where: sql`(${sql.raw(s.expr)}, c.id) ${op} (${cursor.key}::${sql.raw(s.cast)}, ${cursor.id}::uuid)`, orderBy };
}
