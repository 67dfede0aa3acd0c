import type { Metadata } from "next";
import { DayChart } from "@/components/outcomes/day-chart";
import { FigureCards } from "@/components/outcomes/figure-cards";
import { FilterBar } from "@/components/outcomes/filter-bar";
import { MixChart } from "@/components/outcomes/mix-chart";
import { RateChart, rateScale } from "@/components/outcomes/rate-chart";
import { ReportTable } from "@/components/outcomes/report-table";
import { LeadFigures } from "@/components/outcomes/lead-figures";
import { leadReport } from "@/db/queries/lead-report";
import { buttonClasses } from "@/components/ui/button";
import { requireMember } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { figureViews } from "@/lib/outcomes/figure-views";
import { formatDayRange, zoneName } from "@/lib/format/time";
import { previousLabel, ratio } from "@/lib/format/words";
import { loadOutcomesReport } from "@/lib/outcomes/load-report";
import { outcomesQuery } from "@/lib/outcomes/url";
import { parseOutcomeFilters, type SearchParamsRecord } from "@/lib/validation/outcomes";

export const metadata: Metadata = { title: "Outcomes" };
export const dynamic = "force-dynamic";

/** Managers and admins only; a dispatcher's own figures are at /outcomes/mine. */
export default async function OutcomesPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const [member, params] = await Promise.all([requireMember(can.reviewOutcomes), searchParams]);
  const { workspace } = member;
  const filters = parseOutcomeFilters(params);
  const report = await loadOutcomesReport({ workspace, filters });
  const { period, figures } = report;
  const leads = await leadReport({ workspaceId: workspace.id, from: period.from, to: period.to });
  const previous = previousLabel(period.days.length);
  const overall = ratio(figures.current.booked, figures.current.reached);
  const scale = rateScale(report.byAssistant, report.byDispatcher);

  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-lg font-semibold">Outcomes</h1>
          <p className="text-sm text-slate-500 dark:text-slate-400">
            {formatDayRange(period.firstDay, period.lastDay)} · compared with {previous} · times are {zoneName(workspace.timeZone)}
          </p>
        </div>
        <a href={`/api/exports/calls${outcomesQuery(filters, { cursor: null })}`} download className={buttonClasses()}>
          Export CSV
        </a>
      </div>
      <FilterBar filters={filters} options={report.options} firstDay={period.firstDay} lastDay={period.lastDay} />
      <FigureCards figures={figureViews(figures, previous)} previous={previous} />
      <DayChart days={report.days} />
      <div className="grid gap-5 lg:grid-cols-2 lg:items-start">
        <MixChart rows={report.mix} />
        <div className="flex flex-col gap-5">
          <RateChart
            title="Booking rate by assistant"
            description="Appointments booked over calls that reached a person."
            rows={report.byAssistant}
            overall={overall}
            scale={scale}
          />
          <RateChart
            title="Booking rate by dispatcher"
            description="By who placed the call."
            rows={report.byDispatcher}
            overall={overall}
            scale={scale}
          />
        </div>
      </div>
      <LeadFigures speed={leads.speed} bySource={leads.bySource} />
      <ReportTable page={report.page} filters={filters} timeZone={workspace.timeZone} total={figures.current.placed} />
    </div>
  );
}
