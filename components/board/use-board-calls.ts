"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef } from "react";
import { nextWorkspaceDay, startOfWorkspaceDay } from "@/app/(dashboard)/board/today";
import { useLiveCalls, type LiveState } from "@/components/live/use-live-calls";
import type { BoardCall, BoardEarlier, BoardSnapshot } from "@/lib/calls/board-call";
import { queryKeys } from "@/lib/query-keys";
import { readRoute } from "@/lib/routes/read-route";
import { mergeFetched, upsertCall } from "./board-cache";

export type BoardCalls = {
  calls: BoardCall[];
  /** Today's ended calls the server left off the board (older than the ones it sent), per lane. */
  earlier: BoardEarlier;
  live: LiveState;
  /** The last catch-up failed; the board still shows what it had. */
  refreshFailed: boolean;
  retry: () => void;
};

/**
 * Today's calls, kept current by the live stream: each event patches the cached board, and the
 * board is refetched only when the stream may have missed something.
 */
export function useBoardCalls({
  workspaceId,
  timeZone,
  initial,
}: {
  workspaceId: string;
  timeZone: string;
  initial: BoardSnapshot;
}): BoardCalls {
  const queryClient = useQueryClient();
  const queryKey = queryKeys.board.today(workspaceId);
  // Ids that streamed in while a refetch was out, so its older snapshot does not undo them.
  const streamed = useRef(new Set<string>());

  const query = useQuery({
    queryKey,
    queryFn: async () => {
      streamed.current.clear();
      const result = await readRoute<BoardSnapshot>("/api/board/today");
      if (!result.ok) throw new Error(result.error);
      const cached = queryClient.getQueryData<BoardSnapshot>(queryKey);
      return { calls: mergeFetched(result.data.calls, cached?.calls, streamed.current), earlier: result.data.earlier };
    },
    initialData: initial,
    staleTime: Infinity,
  });

  const onCall = useCallback(
    (call: BoardCall) => {
      streamed.current.add(call.id);
      const dayStart = startOfWorkspaceDay(timeZone);
      queryClient.setQueryData<BoardSnapshot>(queryKeys.board.today(workspaceId), (board) =>
        board
          ? { ...board, calls: upsertCall(board.calls, call, dayStart) }
          : { calls: upsertCall([], call, dayStart), earlier: { completed: 0, problem: 0 } },
      );
    },
    [queryClient, workspaceId, timeZone],
  );
  const refetch = useCallback(
    // Keeps a refetch already running rather than starting a second one.
    () => void queryClient.invalidateQueries({ queryKey: queryKeys.board.today(workspaceId) }, { cancelRefetch: false }),
    [queryClient, workspaceId],
  );
  const live = useLiveCalls({ onCall, onReset: refetch });

  // The stream replays only what it still holds, and nothing from before the first connection
  // (the page was rendered earlier), so each time it goes live the board catches up once.
  const wasLive = useRef(false);
  useEffect(() => {
    if (live === "live" && !wasLive.current) refetch();
    wasLive.current = live === "live";
  }, [live, refetch]);

  // A board left open overnight starts the new day empty rather than keeping yesterday's calls.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      const wait = Math.min(nextWorkspaceDay(timeZone).getTime() - Date.now() + 1000, 2 ** 31 - 1);
      timer = setTimeout(() => {
        refetch();
        schedule();
      }, wait);
    };
    schedule();
    return () => clearTimeout(timer);
  }, [timeZone, refetch]);

  return {
    calls: query.data.calls,
    earlier: query.data.earlier,
    live,
    refreshFailed: query.isError && !query.isFetching,
    retry: refetch,
  };
}
