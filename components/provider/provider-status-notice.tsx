"use client";
import { useCallback, useEffect } from "react";
import { useQuery } from "@tanstack/react-query";
import { useEventStream } from "@/components/live/use-event-stream";
import { queryKeys } from "@/lib/query-keys";
import type { ProviderStatus } from "@/lib/provider/provider-status";
import { PROVIDER_EVENT } from "@/lib/provider/status-channel";

async function fetchStatus(): Promise<ProviderStatus> {
  const res = await fetch("/api/provider-status", { cache: "no-store" });
  if (!res.ok) throw new Error(`provider status: ${res.status}`);
  return res.json();
}

/**
 * Tells dispatchers the provider is down and that their calls wait, not fail. The breaker's state
 * lives in the database, shared by every instance; when it opens or closes, the tab's calls stream
 * says so and the notice re-reads it at once (and on every reconnect). The slow poll only covers a
 * notification lost while the server's LISTEN connection was down: 500 open boards polling every
 * few seconds would cost the server as much as the webhooks.
 */
export function ProviderStatusNotice({ initial }: { initial: ProviderStatus }) {
  const { data, refetch } = useQuery({
    queryKey: queryKeys.provider.status,
    queryFn: fetchStatus,
    initialData: initial,
    refetchInterval: 60_000,
  });
  const refresh = useCallback(() => void refetch(), [refetch]);
  const stream = useEventStream("/api/live/calls", PROVIDER_EVENT, { onEvent: refresh, onReset: refresh });
  useEffect(() => {
    if (stream === "live") refresh();
  }, [stream, refresh]);
  if (!data.down) return null;
  return (
    <p
      role="status"
      className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm font-medium text-amber-950 dark:border-amber-800 dark:bg-amber-950/50 dark:text-amber-100"
    >
      {data.message}
    </p>
  );
}
