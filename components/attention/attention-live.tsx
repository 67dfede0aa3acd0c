"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { useLiveCalls, type LiveState } from "@/components/live/use-live-calls";
import { cx } from "@/components/ui/cx";

/** Calls change in bursts (a webhook, its effects); one refresh per burst is enough. */
const DEBOUNCE_MS = 500;

const LABEL: Record<LiveState, string> = { connecting: "Connecting…", live: "Updating live", reconnecting: "Reconnecting…" };

/** Re-reads the list from the server whenever any call in the workspace changes. */
export function AttentionLive() {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const refreshSoon = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => router.refresh(), DEBOUNCE_MS);
  };
  const state = useLiveCalls({ onCall: refreshSoon, onReset: refreshSoon });

  // An item opened between the server render and the stream opening would otherwise go unseen.
  const wasLive = useRef(false);
  useEffect(() => {
    if (state !== "live" || wasLive.current) return;
    wasLive.current = true;
    refreshSoon();
  });

  return (
    <span role="status" className="inline-flex items-center gap-1.5 text-xs text-slate-500 dark:text-slate-400">
      <span
        aria-hidden="true"
        className={cx("size-1.5 rounded-full", state === "live" ? "animate-pulse bg-emerald-500" : "bg-amber-500")}
      />
      {LABEL[state]}
    </span>
  );
}
