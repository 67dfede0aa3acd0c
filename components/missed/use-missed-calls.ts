"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef } from "react";
import type { LiveState } from "@/components/live/use-live-calls";
import type { MissedCallItem } from "@/lib/missed-calls/item";
import { queryKeys } from "@/lib/query-keys";
import { readRoute } from "@/lib/routes/read-route";
import { useLiveMissed } from "./use-live-missed";

/** One streamed missed call into the cached list: replaced in place, or added. */
function upsert(items: MissedCallItem[], incoming: MissedCallItem): MissedCallItem[] {
  const i = items.findIndex((m) => m.id === incoming.id);
  if (i === -1) return [incoming, ...items];
  const next = [...items];
  next[i] = incoming;
  return next;
}

/**
 * The list, kept current by the live stream: events patch the cache; a refetch happens only when
 * the stream may have missed something, and what streamed in meanwhile wins over its snapshot.
 */
export function useMissedCalls({ workspaceId, initialItems }: { workspaceId: string; initialItems: MissedCallItem[] }) {
  const queryClient = useQueryClient();
  const queryKey = queryKeys.missed.list(workspaceId);
  const streamed = useRef(new Map<string, MissedCallItem>());

  const query = useQuery({
    queryKey,
    queryFn: async () => {
      streamed.current.clear();
      const result = await readRoute<MissedCallItem[]>("/api/missed-calls");
      if (!result.ok) throw new Error(result.error);
      return [...streamed.current.values()].reduce(upsert, result.data);
    },
    initialData: initialItems,
    staleTime: Infinity,
  });

  const onItem = useCallback(
    (item: MissedCallItem) => {
      streamed.current.set(item.id, item);
      queryClient.setQueryData<MissedCallItem[]>(queryKeys.missed.list(workspaceId), (items = []) => upsert(items, item));
    },
    [queryClient, workspaceId],
  );
  const refetch = useCallback(
    () => void queryClient.invalidateQueries({ queryKey: queryKeys.missed.list(workspaceId) }, { cancelRefetch: false }),
    [queryClient, workspaceId],
  );
  const live: LiveState = useLiveMissed({ onItem, onReset: refetch });

  // Nothing from before the first connection is replayed (the page was rendered earlier), so
  // each time the stream goes live the list catches up once.
  const wasLive = useRef(false);
  useEffect(() => {
    if (live === "live" && !wasLive.current) refetch();
    wasLive.current = live === "live";
  }, [live, refetch]);

  return { items: query.data, live, refreshFailed: query.isError && !query.isFetching, retry: refetch };
}
