import Link from "next/link";
import type { CallPage } from "@/db/queries/outcomes-report";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { statusDisplay, answeredByLabels, bucketOf, outcomeLabel, purposeLabels } from "@/lib/labels";
import { formatDuration, formatShortDateTime } from "@/lib/format/time";
import { outcomesHref } from "@/lib/outcomes/url";
import { formatPhone } from "@/lib/phone";
import type { OutcomeFilters, SortKey } from "@/lib/validation/outcomes";
import { outcomeSwatch } from "./palette";

const th = "px-3 py-2 font-medium whitespace-nowrap";
const muted = "text-xs text-slate-500 dark:text-slate-400";

/** The first click sorts the way a manager usually wants: newest, longest, A–Z. */
const firstDir: Record<SortKey, "asc" | "desc"> = { created: "desc", duration: "desc", outcome: "asc" };

function SortHeader({
  label,
  sort,
  filters,
  path,
  className,
}: {
  label: string;
  sort: SortKey;
  filters: OutcomeFilters;
  path: string;
  className?: string;
}) {
  const active = filters.sort === sort;
  const nextDir = active ? (filters.dir === "asc" ? "desc" : "asc") : firstDir[sort];
  return (
    <th scope="col" className={cx(th, className)} aria-sort={active ? (filters.dir === "asc" ? "ascending" : "descending") : undefined}>
      <Link
        href={outcomesHref(path, filters, { sort, dir: nextDir, cursor: null })}
        scroll={false}
        className="inline-flex items-center gap-1 hover:text-slate-900 dark:hover:text-slate-100"
      >
        {label}
        <span aria-hidden="true" className={active ? "" : "opacity-30"}>
          {active && filters.dir === "asc" ? "↑" : "↓"}
        </span>
        <span className="sr-only">, sort {nextDir === "asc" ? "ascending" : "descending"}</span>
      </Link>
    </th>
  );
}

function Pager({ page, filters, path }: { page: CallPage; filters: OutcomeFilters; path: string }) {
  const link = (cursor: string | null, label: string, rel: "prev" | "next") =>
    cursor ? (
      <Link href={outcomesHref(path, filters, { cursor })} rel={rel} scroll={false} className={buttonClasses({ size: "sm" })}>
        {label}
      </Link>
    ) : (
      <span aria-disabled="true" className={cx(buttonClasses({ size: "sm" }), "pointer-events-none opacity-50")}>
        {label}
      </span>
    );
  return (
    <nav aria-label="Pages of calls" className="flex items-center justify-end gap-2">
      {link(page.prev, "Previous", "prev")}
      {link(page.next, "Next", "next")}
    </nav>
  );
}

/** The calls behind the figures: sortable by the column links, paged by keyset cursors. */
export function ReportTable({
  page,
  filters,
  timeZone,
  total,
  path = "/outcomes",
}: {
  page: CallPage;
  filters: OutcomeFilters;
  timeZone: string;
  total: number;
  path?: string;
}) {
  return (
    <section aria-labelledby="calls-heading" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="calls-heading" className="text-base font-semibold">
          Calls <span className="font-normal text-slate-500 dark:text-slate-400">· {total.toLocaleString("en-US")}</span>
        </h2>
        {filters.q && <p className={muted}>Matching “{filters.q}” in summaries, notes and transcripts</p>}
      </div>
      {page.rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-sm text-slate-500 dark:border-slate-700 dark:text-slate-400">
          No calls match these filters.
        </p>
      ) : (
        <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
          <table className="min-w-full text-sm">
            <caption className="sr-only">Calls in this view</caption>
            <thead className="border-b border-slate-200 bg-slate-50 text-left text-xs text-slate-600 dark:border-slate-800 dark:bg-slate-800/60 dark:text-slate-400">
              <tr>
                <SortHeader label="Placed" sort="created" filters={filters} path={path} />
                <th scope="col" className={th}>
                  Customer
                </th>
                <th scope="col" className={th}>
                  Purpose
                </th>
                <th scope="col" className={cx(th, "hidden xl:table-cell")}>
                  Assistant · dispatcher
                </th>
                <th scope="col" className={th}>
                  Status
                </th>
                <SortHeader label="Duration" sort="duration" filters={filters} path={path} className="text-right" />
                <SortHeader label="Outcome" sort="outcome" filters={filters} path={path} />
                <th scope="col" className={th}>
                  Reviewed
                </th>
              </tr>
            </thead>
            {/* Cell padding set once here: the page carries every row twice (markup and RSC payload). */}
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800 [&_td]:px-3 [&_td]:py-2 [&_td]:align-top">
              {page.rows.map((c) => {
                const status = statusDisplay[c.status];
                const note = c.notes ?? c.summary;
                return (
                  <tr key={c.id}>
                    <td className="whitespace-nowrap text-slate-600 dark:text-slate-400">
                      <Link href={`/calls/${c.id}`} className="hover:underline">
                        {formatShortDateTime(c.createdAt, timeZone)}
                      </Link>
                    </td>
                    <td>
                      <div className="font-medium">{c.customerName}</div>
                      <div className={cx(muted, "whitespace-nowrap")}>{formatPhone(c.phoneNumber)}</div>
                    </td>
                    <td>{purposeLabels[c.purpose]}</td>
                    <td className="hidden xl:table-cell">
                      <div>{c.assistantName ?? "—"}</div>
                      <div className={muted}>{c.dispatcherName ?? "Automatic retry"}</div>
                    </td>
                    <td>
                      <Badge tone={status.tone}>{status.label}</Badge>
                      {c.answeredBy && <div className={cx(muted, "mt-1")}>{answeredByLabels[c.answeredBy]}</div>}
                    </td>
                    <td className="text-right tabular-nums">{formatDuration(c.durationSeconds)}</td>
                    <td className="min-w-48 max-w-sm">
                      <div className="flex items-center gap-1.5 font-medium">
                        <span aria-hidden="true" className={cx("size-2 shrink-0 rounded-full", outcomeSwatch[bucketOf(c.outcomeType)])} />
                        {outcomeLabel(c.outcomeType)}
                      </div>
                      {note && <p className={cx(muted, "mt-0.5 line-clamp-2")}>{note}</p>}
                    </td>
                    <td className="whitespace-nowrap">
                      {c.reviewed ? (
                        <span>
                          Yes
                          {c.rating !== null && (
                            <span className={muted}>
                              {" · "}
                              <span aria-hidden="true">{"★".repeat(Math.max(0, Math.min(5, c.rating)))}</span>
                              <span className="sr-only">rated {c.rating} of 5</span>
                            </span>
                          )}
                        </span>
                      ) : (
                        <span className="text-slate-500 dark:text-slate-400">No</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pager page={page} filters={filters} path={path} />
    </section>
  );
}
