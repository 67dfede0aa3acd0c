"use client";

import { useQuery, useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useCallback, useEffect, useRef } from "react";
import { readRoute } from "@/lib/routes/read-route";
import { useEventStream, type LiveState } from "./use-event-stream";

/** One streamed item into the cached list: replaced in place, or added at the top. */
function upsert<T extends { id: string }>(items: T[], incoming: T): T[] {
  const i = items.findIndex((m) => m.id === incoming.id);
  if (i === -1) return [incoming, ...items];
  const next = [...items];
  next[i] = incoming;
  return next;
}

/**
 * A work list kept current by its live stream (missed calls, leads): events patch the cache; a
 * refetch happens only when the stream may have missed something, and what streamed in meanwhile
 * wins over its snapshot.
 */
export function useLiveList<T extends { id: string }>({
  queryKey,
  listUrl,
  streamUrl,
  event,
  initialItems,
}: {
  queryKey: QueryKey;
  listUrl: string;
  streamUrl: string;
  event: string;
  initialItems: T[];
}) {
  const queryClient = useQueryClient();
  const streamed = useRef(new Map<string, T>());
  const query = useQuery({
    queryKey,
    queryFn: async () => {
      streamed.current.clear();
      const result = await readRoute<T[]>(listUrl);
      if (!result.ok) throw new Error(result.error);
      return [...streamed.current.values()].reduce(upsert<T>, result.data);
    },
    initialData: initialItems,
    staleTime: Infinity,
  });
  // Callers pass a new key array each render: the callbacks depend on its value, not its identity.
  const keyText = JSON.stringify(queryKey);
  const onEvent = useCallback(
    (item: T) => {
      streamed.current.set(item.id, item);
      queryClient.setQueryData<T[]>(JSON.parse(keyText) as QueryKey, (items = []) => upsert(items, item));
    },
    [queryClient, keyText],
  );
  const refetch = useCallback(
    () => void queryClient.invalidateQueries({ queryKey: JSON.parse(keyText) as QueryKey }, { cancelRefetch: false }),
    [queryClient, keyText],
  );
  const live: LiveState = useEventStream<T>(streamUrl, event, { onEvent, onReset: refetch });
  // Nothing from before the first connection is replayed (the page was rendered earlier), so
  // each time the stream goes live the list catches up once.
  const wasLive = useRef(false);
  useEffect(() => {
    if (live === "live" && !wasLive.current) refetch();
    wasLive.current = live === "live";
  }, [live, refetch]);
  return { items: query.data, live, refreshFailed: query.isError && !query.isFetching, retry: refetch };
}
