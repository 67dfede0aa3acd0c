"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { useLiveCalls, type LiveState } from "@/components/live/use-live-calls";
import { cx } from "@/components/ui/cx";

/** Webhooks for one call come in bursts; one refresh per burst is enough. */
const DEBOUNCE_MS = 300;

const LABEL: Record<LiveState, string> = { connecting: "Connecting…", live: "Updating live", reconnecting: "Reconnecting…" };

/**
 * Re-renders the page from the server when the live stream reports a change to this call, so the
 * status, outcome and transcript arrive without a reload. Mounted only while the call can change.
 */
export function LiveRefresh({ callId }: { callId: string }) {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const refreshSoon = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => router.refresh(), DEBOUNCE_MS);
  };
  useEffect(() => () => clearTimeout(timer.current), []);

  const state = useLiveCalls({
    onCall: (call) => {
      if (call.id === callId) refreshSoon();
    },
    // The stream lost events it cannot replay; one of them may have been ours.
    onReset: refreshSoon,
  });

  // A change between the server render and the stream opening would otherwise go unseen.
  const wasLive = useRef(false);
  useEffect(() => {
    if (state !== "live" || wasLive.current) return;
    wasLive.current = true;
    refreshSoon();
  });

  return (
    <span
      role="status"
      title={state === "live" ? "This page updates as the call moves" : undefined}
      className="inline-flex items-center gap-1.5 text-xs text-slate-500 dark:text-slate-400"
    >
      <span
        aria-hidden="true"
        className={cx("size-1.5 rounded-full", state === "live" ? "animate-pulse bg-emerald-500" : "bg-amber-500")}
      />
      {LABEL[state]}
    </span>
  );
}
