"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef } from "react";
import { useEventStream, type LiveState } from "@/components/live/use-event-stream";
import type { LeadItem } from "@/lib/leads/item";
import { queryKeys } from "@/lib/query-keys";
import { readRoute } from "@/lib/routes/read-route";

function upsert(items: LeadItem[], incoming: LeadItem): LeadItem[] {
  const i = items.findIndex((m) => m.id === incoming.id);
  if (i === -1) return [incoming, ...items];
  const next = [...items];
  next[i] = incoming;
  return next;
}

/** The leads list, kept current by its live stream like the missed-calls list. */
export function useLeads({ workspaceId, initialItems }: { workspaceId: string; initialItems: LeadItem[] }) {
  const queryClient = useQueryClient();
  const queryKey = queryKeys.leads.list(workspaceId);
  const streamed = useRef(new Map<string, LeadItem>());
  const query = useQuery({
    queryKey,
    queryFn: async () => {
      streamed.current.clear();
      const result = await readRoute<LeadItem[]>("/api/leads");
      if (!result.ok) throw new Error(result.error);
      return [...streamed.current.values()].reduce(upsert, result.data);
    },
    initialData: initialItems,
    staleTime: Infinity,
  });
  const onEvent = useCallback(
    (item: LeadItem) => {
      streamed.current.set(item.id, item);
      queryClient.setQueryData<LeadItem[]>(queryKeys.leads.list(workspaceId), (items = []) => upsert(items, item));
    },
    [queryClient, workspaceId],
  );
  const refetch = useCallback(
    () => void queryClient.invalidateQueries({ queryKey: queryKeys.leads.list(workspaceId) }, { cancelRefetch: false }),
    [queryClient, workspaceId],
  );
  const live: LiveState = useEventStream<LeadItem>("/api/live/leads", "lead", { onEvent, onReset: refetch });
  // Nothing from before the first connection is replayed: each time the stream goes live, catch up once.
  const wasLive = useRef(false);
  useEffect(() => {
    if (live === "live" && !wasLive.current) refetch();
    wasLive.current = live === "live";
  }, [live, refetch]);
  return { items: query.data, live, refreshFailed: query.isError && !query.isFetching, retry: refetch };
}
