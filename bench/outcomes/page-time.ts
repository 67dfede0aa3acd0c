// Times the outcomes page's data functions in-process (what the server does for one request,
// minus rendering), RUNS times per view, against DATABASE_URL. Prints one JSON line.
import { sql } from "drizzle-orm";
import { db, handle } from "@/db";
import { executeRows } from "@/db/raw";
import { aggregateChartCounts, aggregateFigures } from "@/db/queries/outcome-aggregates";
import { chartCounts, figures, listCalls, searchReport } from "@/db/queries/outcomes-report";
import { loadOutcomesReport } from "@/lib/outcomes/load-report";
import { addDays, periodFor } from "@/lib/outcomes/period";
import { parseOutcomeFilters, type SearchParamsRecord } from "@/lib/validation/outcomes";

const RUNS = Number(process.env.RUNS ?? 30);

type Stats = { p50: number; p95: number; max: number };

function stats(ms: number[]): Stats {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { p50: round(at(0.5)), p95: round(at(0.95)), max: round(s.at(-1) ?? 0) };
}
const round = (n: number) => Math.round(n * 10) / 10;

async function time(fn: () => Promise<unknown>): Promise<Stats> {
  for (let i = 0; i < 3; i++) await fn(); // warm the pool, the plan cache and the buffer cache
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  return stats(ms);
}

async function main() {
  const [ws] = await executeRows<{ id: string; timeZone: string }>(
    db,
    sql`select id, time_zone as "timeZone" from workspaces where slug = 'summit'`,
  );
  const [member] = await executeRows<{ id: string }>(
    db,
    sql`select user_id as id from memberships where workspace_id = ${ws.id}::uuid order by user_id limit 1`,
  );
  const scopeOf = (params: SearchParamsRecord) => {
    const filters = parseOutcomeFilters(params);
    const p = periodFor(filters, ws.timeZone);
    return { workspaceId: ws.id, filters, from: p.from, to: p.to };
  };
  const report = (params: SearchParamsRecord) => () => loadOutcomesReport({ workspace: ws, filters: parseOutcomeFilters(params) });
  const first = await loadOutcomesReport({ workspace: ws, filters: parseOutcomeFilters({}) });
  const views: Record<string, SearchParamsRecord> = {
    "default (30 days)": {},
    "filtered (purpose, dispatcher, reached)": { purpose: "callback", dispatcherId: member.id, answeredBy: "human" },
    'search "thermostat"': { q: "thermostat" },
    "page 2 (cursor)": { cursor: first.page.next ?? undefined },
    "sorted by duration, page 2": { sort: "duration", cursor: (await listCalls({ ...scopeOf({ sort: "duration" }) })).next ?? undefined },
    "all 90 days": { range: "custom", from: addDays(first.period.lastDay, -89), to: first.period.lastDay },
  };

  const results: Record<string, Stats & { calls: number }> = {};
  for (const [name, params] of Object.entries(views)) {
    const r = await loadOutcomesReport({ workspace: ws, filters: parseOutcomeFilters(params) });
    results[name] = { ...(await time(report(params))), calls: r.figures.current.placed };
  }

  // The slowest single query of the default view, and the search written two ways.
  const scope = scopeOf({});
  const p = periodFor(scope.filters, ws.timeZone);
  const days = { workspaceId: ws.id, filters: scope.filters, firstDay: p.firstDay, lastDay: p.lastDay };
  const queries = {
    "figures from calls (before)": await time(() => figures({ ...scope, previousFrom: p.previousFrom })),
    "figures from outcome_daily (used)": await time(() =>
      aggregateFigures({ ...days, previousFirstDay: addDays(p.firstDay, -p.days.length) }),
    ),
    "charts from calls (before)": await time(() => chartCounts({ ...scope, timeZone: ws.timeZone })),
    "charts from outcome_daily (used)": await time(() => aggregateChartCounts(days)),
    listCalls: await time(() => listCalls(scope)),
  };
  // A search is answered from the calls: the one-pass figures and charts (used), the two separate
  // queries it replaced, and the first page, one by one.
  const searched = scopeOf({ q: "thermostat" });
  const sp = periodFor(searched.filters, ws.timeZone);
  const search = {
    "search: figures + charts, per period in parallel (used)": await time(() =>
      searchReport({ ...searched, previousFrom: sp.previousFrom, timeZone: ws.timeZone }),
    ),
    "search: figures ‖ charts, two queries in parallel (before)": await time(() =>
      Promise.all([figures({ ...searched, previousFrom: sp.previousFrom }), chartCounts({ ...searched, timeZone: ws.timeZone })]),
    ),
    "search: figures, both periods": await time(() => figures({ ...searched, previousFrom: sp.previousFrom })),
    "search: charts": await time(() => chartCounts({ ...searched, timeZone: ws.timeZone })),
    "search: first page": await time(() => listCalls(searched)),
  };
  console.log(JSON.stringify({ runs: RUNS, views: results, queries: { ...queries, ...search } }));
  await handle().close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
