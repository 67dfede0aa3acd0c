import { aggregateChartCounts, aggregateFigures } from "@/db/queries/outcome-aggregates";
import { filterOptions, listCalls, searchReport } from "@/db/queries/outcomes-report";
import type { Workspace } from "@/db/schema";
import { mixRows, rateRows, stackByDay } from "@/lib/outcomes/chart-data";
import { addDays, periodFor, type Period } from "@/lib/outcomes/period";
import type { OutcomeFilters } from "@/lib/validation/outcomes";

type WorkspaceRef = Pick<Workspace, "id" | "timeZone">;

/** The daily aggregates' scope for a period: its local days, and the first day of the one before. */
function dayScope(workspaceId: string, filters: OutcomeFilters, period: Period) {
  const days = { workspaceId, filters, firstDay: period.firstDay, lastDay: period.lastDay };
  return { days, previousFirstDay: addDays(period.firstDay, -period.days.length) };
}

/**
 * Figures and charts come from the daily aggregates (whole local days, any filter but search); a
 * search needs the calls themselves: each period's matches are read once (searchReport).
 */
async function figuresAndCharts(workspace: WorkspaceRef, filters: OutcomeFilters, period: Period) {
  if (filters.q) {
    const { figures, charts } = await searchReport({
      workspaceId: workspace.id,
      filters,
      from: period.from,
      to: period.to,
      previousFrom: period.previousFrom,
      timeZone: workspace.timeZone,
    });
    return [figures, charts] as const;
  }
  const { days, previousFirstDay } = dayScope(workspace.id, filters, period);
  return Promise.all([aggregateFigures({ ...days, previousFirstDay }), aggregateChartCounts(days)]);
}

/**
 * Everything the outcomes page shows, in queries run in parallel: the figures (both periods) and
 * the four charts (from the aggregates, or one pass over a search's matches), the table's page,
 * and the filter choices.
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
  const [[figs, charts], page, options] = await Promise.all([
    figuresAndCharts(workspace, filters, period),
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
  // No search here, so always the daily aggregates.
  const { days, previousFirstDay } = dayScope(workspace.id, mine, period);
  return { period, figures: await aggregateFigures({ ...days, previousFirstDay }) };
}
