"use client";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef } from "react";
import { useEventStream } from "@/components/live/use-event-stream";

/** Changes on the calls list are gathered this long, so a busy workspace re-renders it at most every 2 s. */
const GATHER_MS = 2000;

/**
 * Keeps the calls list current without a reload: when a call on this page changes (sent, answered,
 * ended), or a new call is placed while the newest page is open, the page's server data is re-read.
 * Filters, focus and scroll stay as they are.
 */
export function CallsLiveRefresh({ ids, newest }: { ids: string[]; newest: boolean }) {
  const router = useRouter();
  const shown = useMemo(() => new Set(ids), [ids]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  const refresh = () => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      router.refresh();
    }, GATHER_MS);
  };
  useEventStream<{ id: string }>("/api/live/calls", "call", {
    // A call not on this page is new (or older than it): only the newest page shows new calls.
    onEvent: (call) => {
      if (shown.has(call.id) || newest) refresh();
    },
    onReset: refresh,
  });
  return null;
}
