"use client";

import { useLiveList } from "@/components/live/use-live-list";
import type { MissedCallItem } from "@/lib/missed-calls/item";
import { queryKeys } from "@/lib/query-keys";

/** The missed-calls list, kept current by the live stream (see useLiveList). */
export function useMissedCalls({ workspaceId, initialItems }: { workspaceId: string; initialItems: MissedCallItem[] }) {
  return useLiveList<MissedCallItem>({
    queryKey: queryKeys.missed.list(workspaceId),
    listUrl: "/api/missed-calls",
    streamUrl: "/api/live/missed",
    event: "missed",
    initialItems,
  });
}
