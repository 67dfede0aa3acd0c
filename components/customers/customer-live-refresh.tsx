"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { useLiveCalls } from "@/components/live/use-live-calls";

const DEBOUNCE_MS = 500;

/** Re-renders the profile from the server when one of this customer's calls changes. */
export function CustomerLiveRefresh({ customerId }: { customerId: string }) {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const refreshSoon = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => router.refresh(), DEBOUNCE_MS);
  };
  const state = useLiveCalls({
    onCall: (call) => {
      if (call.customerId === customerId) refreshSoon();
    },
    onReset: refreshSoon,
  });
  return (
    <p role="status" className="text-xs text-slate-500 dark:text-slate-400">
      {state === "live" ? "Updates live as calls come in" : "Connecting to live updates…"}
    </p>
  );
}
