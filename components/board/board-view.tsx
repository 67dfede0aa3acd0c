"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useMemo } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { laneOf, type BoardCall, type Lane } from "@/lib/calls/board-call";
import { BoardFilterBar, type AssistantOption, type CampaignOption } from "./board-filters";
import { BoardLane } from "./board-lane";
import { formatWeekday } from "@/lib/format/time";
import { ConnectionStatus } from "./connection-status";
import { isFiltered, matchesFilters, readFilters } from "./filters";
import { laneOrder } from "./labels";
import { useBoardCalls } from "./use-board-calls";

export type BoardViewProps = {
  initialCalls: BoardCall[];
  assistants: AssistantOption[];
  campaigns?: CampaignOption[];
  userId: string;
  workspaceId: string;
  timeZone: string;
};

const byNewest = (a: BoardCall, b: BoardCall) => Date.parse(b.createdAt) - Date.parse(a.createdAt);

export function BoardView({ initialCalls, assistants, campaigns, userId, workspaceId, timeZone }: BoardViewProps) {
  const { calls, live, refreshFailed, retry } = useBoardCalls({ workspaceId, timeZone, initialCalls });
  const params = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);

  const lanes = useMemo(() => {
    const grouped: Record<Lane, BoardCall[]> = { queued: [], live: [], completed: [], problem: [] };
    for (const call of calls) if (matchesFilters(call, filters, userId)) grouped[laneOf(call)].push(call);
    for (const lane of laneOrder) grouped[lane].sort(byNewest);
    return grouped;
  }, [calls, filters, userId]);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex items-center gap-3">
          <h1 className="text-lg font-semibold">
            Today’s calls <span className="font-normal text-slate-500 dark:text-slate-400">· {formatWeekday(new Date(), timeZone)}</span>
          </h1>
          <ConnectionStatus state={live} />
        </div>
        <Link href="/calls/new" className={buttonClasses({ variant: "primary" })}>
          Place call
        </Link>
      </div>

      <BoardFilterBar filters={filters} assistants={assistants} campaigns={campaigns} />

      {refreshFailed && (
        <div
          role="alert"
          className="flex flex-wrap items-center gap-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200"
        >
          The board could not catch up with the server; it shows the last calls it knew about.
          <Button size="sm" onClick={retry}>
            Try again
          </Button>
        </div>
      )}

      <div className="grid grid-cols-1 gap-3 md:grid-cols-2 lg:grid-cols-4 lg:items-start">
        {laneOrder.map((lane) => (
          <BoardLane key={lane} lane={lane} calls={lanes[lane]} timeZone={timeZone} userId={userId} filtered={isFiltered(filters)} />
        ))}
      </div>
    </div>
  );
}
