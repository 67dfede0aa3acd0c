import { aggregateChartCounts, aggregateFigures } from "@/db/queries/outcome-aggregates";
import { chartCounts, figures, filterOptions, listCalls } from "@/db/queries/outcomes-report";
import type { Workspace } from "@/db/schema";
import { mixRows, rateRows, stackByDay } from "@/lib/outcomes/chart-data";
import { addDays, periodFor, type Period } from "@/lib/outcomes/period";
import type { OutcomeFilters } from "@/lib/validation/outcomes";

type WorkspaceRef = Pick<Workspace, "id" | "timeZone">;

/**
 * Figures and charts come from the daily aggregates (whole local days, any filter but search); a
 * search needs the calls themselves, so it is answered from them, bounded by the period.
 */
function reportSources(workspaceId: string, filters: OutcomeFilters, period: Period) {
  const scope = { workspaceId, filters, from: period.from, to: period.to };
  if (filters.q)
    return {
      figures: () => figures({ ...scope, previousFrom: period.previousFrom }),
      charts: (timeZone: string) => chartCounts({ ...scope, timeZone }),
    };
  const days = { workspaceId, filters, firstDay: period.firstDay, lastDay: period.lastDay };
  const previousFirstDay = addDays(period.firstDay, -period.days.length);
  return {
    figures: () => aggregateFigures({ ...days, previousFirstDay }),
    charts: () => aggregateChartCounts(days),
  };
}

/**
 * Everything the outcomes page shows, in four queries run in parallel: the figures (both
 * periods), the four charts (one GROUPING SETS pass), the table's page, and the filter choices.
 */
export async function loadOutcomesReport({
  workspace,
  filters,
  now = new Date(),
}: {
  workspace: WorkspaceRef;
  filters: OutcomeFilters;
  now?: Date;
}) {
  const period = periodFor(filters, workspace.timeZone, now);
  const scope = { workspaceId: workspace.id, filters, from: period.from, to: period.to };
  const sources = reportSources(workspace.id, filters, period);
  const [figs, charts, page, options] = await Promise.all([
    sources.figures(),
    sources.charts(workspace.timeZone),
    listCalls(scope),
    filterOptions({ workspaceId: workspace.id }),
  ]);
  return {
    period,
    figures: figs,
    days: stackByDay(period.days, charts.byDay),
    mix: mixRows(charts.byPurpose),
    byAssistant: rateRows(charts.byAssistant, "Removed assistant"),
    // Calls no person placed: automatic retries, lead auto-calls and campaign calls.
    byDispatcher: rateRows(charts.byDispatcher, "Automatic (retries, leads, campaigns)"),
    page,
    options,
  };
}

export type OutcomesReport = Awaited<ReturnType<typeof loadOutcomesReport>>;

/** A dispatcher's own figures: the same query with the dispatcher filter forced to them. */
export async function loadMyFigures({
  workspace,
  userId,
  filters,
  now = new Date(),
}: {
  workspace: WorkspaceRef;
  userId: string;
  filters: OutcomeFilters;
  now?: Date;
}) {
  const period = periodFor(filters, workspace.timeZone, now);
  const mine: OutcomeFilters = {
    range: filters.range,
    from: filters.from,
    to: filters.to,
    dispatcherId: userId,
    sort: "created",
    dir: "desc",
  };
  return {
    period,
    figures: await reportSources(workspace.id, mine, period).figures(),
  };
}
