import type { Metadata } from "next";
import { FigureCards } from "@/components/outcomes/figure-cards";
import { RangeLinks } from "@/components/outcomes/range-links";
import { requireMember } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { figureViews } from "@/lib/outcomes/figure-views";
import { formatDayRange } from "@/lib/format/time";
import { previousLabel } from "@/lib/format/words";
import { loadMyFigures } from "@/lib/outcomes/load-report";
import { parseOutcomeFilters, type SearchParamsRecord } from "@/lib/validation/outcomes";

export const metadata: Metadata = { title: "My figures" };
export const dynamic = "force-dynamic";

/**
 * Everyone's own figures: the outcomes page's figures, always for the calls the signed-in member
 * placed. No table, no export: other people's calls and the full list stay with managers.
 */
export default async function MyFiguresPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const [member, params] = await Promise.all([requireMember(can.viewCalls), searchParams]);
  const parsed = parseOutcomeFilters(params);
  // Only the preset ranges here; a custom range belongs to the full page.
  const range = parsed.range === "custom" ? "30d" : parsed.range;
  const { period, figures } = await loadMyFigures({ workspace: member.workspace, userId: member.user.id, filters: { ...parsed, range } });
  const previous = previousLabel(period.days.length);
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-lg font-semibold">My figures</h1>
          <p className="text-sm text-slate-500 dark:text-slate-400">
            Calls you placed, {formatDayRange(period.firstDay, period.lastDay)}, compared with {previous}.
          </p>
        </div>
        <RangeLinks path="/outcomes/mine" current={range} />
      </div>
      {figures.current.placed === 0 && figures.previous.placed === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-sm text-slate-500 dark:border-slate-700 dark:text-slate-400">
          You have not placed any calls in this period yet.
        </p>
      ) : (
        <FigureCards figures={figureViews(figures, previous)} previous={previous} label="My figures" />
      )}
    </div>
  );
}
