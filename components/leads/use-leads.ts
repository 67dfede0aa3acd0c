"use client";

import { useLiveList } from "@/components/live/use-live-list";
import type { LeadItem } from "@/lib/leads/item";
import { queryKeys } from "@/lib/query-keys";

/** The leads list, kept current by its live stream like the missed-calls list. */
export function useLeads({ workspaceId, initialItems }: { workspaceId: string; initialItems: LeadItem[] }) {
  return useLiveList<LeadItem>({
    queryKey: queryKeys.leads.list(workspaceId),
    listUrl: "/api/leads",
    streamUrl: "/api/live/leads",
    event: "lead",
    initialItems,
  });
}
