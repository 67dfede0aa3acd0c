"use client";

import Link from "next/link";
import { clockAndDay } from "@/lib/format/time";
import { useSearchParams } from "next/navigation";
import { useMemo, useRef } from "react";
import { ConnectionStatus } from "@/components/board/connection-status";
import { Button } from "@/components/ui/button";
import type { BusinessHours } from "@/db/schema/workspaces";
import type { MissedCallItem } from "@/lib/missed-calls/item";
import { byUrgency, matches, readFilters } from "./filters";
import { useKeepFocusInList } from "./list-focus";
import { MissedFilterBar } from "./missed-filters";
import { MissedCallRow, type RowContext } from "./missed-call-row";
import { SimulateButton } from "./simulate-button";
import { useMissedCalls } from "./use-missed-calls";

export type MissedCallsViewProps = {
  workspaceId: string;
  initialItems: MissedCallItem[];
  timeZone: string;
  businessHours: BusinessHours;
  /** Closed days ("YYYY-MM-DD"): the SLA clock does not run on them. */
  holidays: string[];
  warnMinutes: number;
  breachMinutes: number;
  isAdmin: boolean;
  hasDefaultAssistant: boolean;
  /** The "Simulate missed call" button exists only while the built-in simulator is on. */
  simulator: boolean;
};

const th = "px-3 py-2 font-medium";

export function MissedCallsView({
  workspaceId,
  initialItems,
  timeZone,
  businessHours,
  holidays,
  warnMinutes,
  breachMinutes,
  isAdmin,
  hasDefaultAssistant,
  simulator,
}: MissedCallsViewProps) {
  const { items, live, refreshFailed, retry } = useMissedCalls({ workspaceId, initialItems });
  const params = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const shown = useMemo(() => items.filter((m) => matches(m, filters)).sort(byUrgency), [items, filters]);
  const openCount = items.filter((m) => m.status === "open").length;
  const list = useRef<HTMLDivElement>(null);
  useKeepFocusInList(list);
  const ctx: RowContext = useMemo(
    () => ({
      timeZone,
      businessHours,
      holidays,
      warnMinutes,
      breachMinutes,
      isAdmin,
      formats: clockAndDay(timeZone),
    }),
    [timeZone, businessHours, holidays, warnMinutes, breachMinutes, isAdmin],
  );

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex items-center gap-3">
          <h1 className="text-lg font-semibold">
            Missed calls <span className="font-normal text-slate-500 dark:text-slate-400">· {openCount} open</span>
          </h1>
          <ConnectionStatus state={live} />
        </div>
        {isAdmin && simulator && <SimulateButton />}
      </div>

      <div className="flex flex-wrap items-end justify-between gap-3">
        <MissedFilterBar filters={filters} />
        <p className="text-xs text-slate-500 dark:text-slate-400">
          Waits count opening hours only; timers turn amber at {warnMinutes} min and red at {breachMinutes} min.
          {!hasDefaultAssistant && (
            <>
              {" "}
              “Call back now” needs a default callback assistant
              {isAdmin ? (
                <>
                  {": "}
                  <Link href="/settings" className="font-medium text-brand-600 underline underline-offset-2 dark:text-brand-100">
                    set one in Settings
                  </Link>
                </>
              ) : (
                "; ask an admin to set one"
              )}
              .
            </>
          )}
        </p>
      </div>

      {refreshFailed && (
        <div
          role="alert"
          className="flex flex-wrap items-center gap-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200"
        >
          The list could not catch up with the server; it shows the last missed calls it knew about.
          <Button size="sm" onClick={retry}>
            Try again
          </Button>
        </div>
      )}

      <div
        ref={list}
        data-missed-list
        tabIndex={-1}
        role="region"
        aria-label="Missed calls list"
        className="overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900"
      >
        <table className="min-w-full text-sm">
          <caption className="sr-only">Missed calls, open ones first, longest wait at the top</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-left text-xs text-slate-600 dark:border-slate-800 dark:bg-slate-800/60 dark:text-slate-400">
            <tr>
              <th scope="col" className={th}>
                Caller
              </th>
              <th scope="col" className={`${th} hidden lg:table-cell`}>
                Customer
              </th>
              <th scope="col" className={th}>
                Received
              </th>
              <th scope="col" className={`${th} hidden lg:table-cell`}>
                Reason
              </th>
              <th scope="col" className={th}>
                Waiting
              </th>
              <th scope="col" className={th}>
                Status
              </th>
              <th scope="col" className={`${th} text-right`}>
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((item) => (
              <MissedCallRow key={item.id} item={item} ctx={ctx} />
            ))}
          </tbody>
        </table>
        {shown.length === 0 && (
          <p className="p-8 text-center text-sm text-slate-500 dark:text-slate-400">
            {filters.status === "active" && !filters.reason
              ? "No missed calls waiting. New ones appear here as they come in."
              : "No missed calls match these filters."}
          </p>
        )}
      </div>
    </div>
  );
}
