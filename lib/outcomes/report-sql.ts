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
    `to_tsvector('english', coalesce(${alias}.ai_summary, '') || ' ' || coalesce(${alias}.outcome->>'notes', '') || ' ' || coalesce(${alias}.review_note, ''))`,
  );

/**
 * Full-text search over summaries, outcome notes, review notes and transcripts. Written as
 * `id in (… union …)` rather than `document @@ q or exists (…)`: with the OR, PostgreSQL cannot
 * use the calls GIN index and recomputes to_tsvector for every call in the period (215 ms against
 * 27 ms at 33k calls, docs/benchmarks.md); as a union each side is one bitmap scan of its GIN index.
 * Each side is bounded by the period too, so a common word or a short number is matched against
 * the period's calls (by calls_report_idx on workspace and created_at) when that is the smaller set,
 * rather than against every call the workspace ever made.
 */
export function searchSql(workspaceId: string, q: string, from: Date, to: Date): SQL {
  const query = sql`websearch_to_tsquery('english', ${q})`;
  const digits = phoneDigits(q);
  const inPeriod = (alias: string) =>
    sql`${sql.raw(alias)}.workspace_id = ${workspaceId} and ${sql.raw(alias)}.created_at >= ${from.toISOString()}::timestamptz and ${sql.raw(alias)}.created_at < ${to.toISOString()}::timestamptz`;
  const byPhone = digits ? sql`union select p.id from calls p where ${inPeriod("p")} and p.phone_number like ${`%${digits}%`}` : sql``;
  return sql`c.id in (
    select s.id from calls s where ${inPeriod("s")} and ${CALLS_SEARCH_DOCUMENT("s")} @@ ${query}
    union
    select t.call_id from transcripts t join calls tc on tc.id = t.call_id
    where t.workspace_id = ${workspaceId} and ${inPeriod("tc")} and to_tsvector('english', t.utterances) @@ ${query}
    ${byPhone}
  )`;
}

/** Every narrowing filter (not the dates), as conditions on `calls c`. */
export function narrowingSql(workspaceId: string, f: OutcomeFilters, from: Date, to: Date): SQL[] {
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
  if (f.q) parts.push(searchSql(workspaceId, f.q, from, to));
  return parts;
}

/** The tenant, the time window (`to` exclusive) and the filters. Instants go over as ISO text. */
export function scopeSql(workspaceId: string, f: OutcomeFilters, from: Date, to: Date): SQL {
  return sql.join(
    [
      sql`c.workspace_id = ${workspaceId}::uuid`,
      sql`c.created_at >= ${from.toISOString()}::timestamptz`,
      sql`c.created_at < ${to.toISOString()}::timestamptz`,
      ...narrowingSql(workspaceId, f, from, to),
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
