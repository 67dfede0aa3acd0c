"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useMemo } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { laneOf, type BoardCall, type BoardSnapshot, type Lane } from "@/lib/calls/board-call";
import { BoardFilterBar, type AssistantOption, type CampaignOption } from "./board-filters";
import { BoardLane } from "./board-lane";
import { formatWeekday } from "@/lib/format/time";
import { ConnectionStatus } from "./connection-status";
import { isFiltered, matchesFilters, readFilters } from "./filters";
import { laneOrder } from "./labels";
import { useBoardCalls } from "./use-board-calls";

export type BoardViewProps = {
  initial: BoardSnapshot;
  assistants: AssistantOption[];
  campaigns?: CampaignOption[];
  userId: string;
  workspaceId: string;
  timeZone: string;
};

const byNewest = (a: BoardCall, b: BoardCall) => Date.parse(b.createdAt) - Date.parse(a.createdAt);

export function BoardView({ initial, assistants, campaigns, userId, workspaceId, timeZone }: BoardViewProps) {
  const { calls, earlier, live, refreshFailed, retry } = useBoardCalls({ workspaceId, timeZone, initial });
  const params = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);

  const lanes = useMemo(() => {
    const grouped: Record<Lane, BoardCall[]> = { queued: [], live: [], completed: [], problem: [] };
    for (const call of calls) if (matchesFilters(call, filters, userId)) grouped[laneOf(call)].push(call);
    for (const lane of laneOrder) grouped[lane].sort(byNewest);
    return grouped;
  }, [calls, filters, userId]);
  const filtered = isFiltered(filters);
  // On a long day the server sends the newest ended calls of a lane and counts the rest: the lane
  // says how many it left out (with filters on, only that there are some) and where they are.
  const earlierNote = (lane: Lane) => {
    const hidden = lane === "completed" || lane === "problem" ? earlier[lane] : 0;
    if (hidden === 0) return null;
    return (
      <p className="px-3 pb-3 text-xs text-slate-600 dark:text-slate-400">
        {filtered
          ? "Earlier calls of today are not on the board. "
          : `${hidden.toLocaleString("en-US")} earlier ${hidden === 1 ? "call" : "calls"} of today not shown. `}
        <Link
          href={lane === "completed" ? "/calls?status=completed" : "/calls"}
          className="font-medium text-brand-700 underline dark:text-brand-300"
        >
          See {lane === "completed" ? "completed calls" : "all calls"} in Calls
        </Link>
      </p>
    );
  };

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
          <BoardLane
            key={lane}
            lane={lane}
            calls={lanes[lane]}
            total={filtered || lane === "queued" || lane === "live" ? undefined : lanes[lane].length + earlier[lane]}
            footer={earlierNote(lane)}
            timeZone={timeZone}
            userId={userId}
            filtered={filtered}
          />
        ))}
      </div>
    </div>
  );
}
