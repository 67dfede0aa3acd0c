"use client";
import { useQuery } from "@tanstack/react-query";
import { queryKeys } from "@/lib/query-keys";
import type { ProviderStatus } from "@/lib/provider/provider-status";

async function fetchStatus(): Promise<ProviderStatus> {
  const res = await fetch("/api/provider-status", { cache: "no-store" });
  if (!res.ok) throw new Error(`provider status: ${res.status}`);
  return res.json();
}

/**
 * Tells dispatchers the provider is down and that their calls wait, not fail. The breaker's state
 * lives in the database, shared by every instance; a light poll keeps the notice current.
 */
export function ProviderStatusNotice({ initial }: { initial: ProviderStatus }) {
  const { data } = useQuery({ queryKey: queryKeys.provider.status, queryFn: fetchStatus, initialData: initial, refetchInterval: 5_000 });
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
