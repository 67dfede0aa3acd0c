"use client";

import type { BoardCall } from "@/lib/calls/board-call";
import { formatElapsed, useNow } from "./clock";

/** The running length of a live call: since it was answered, or since it was placed while ringing. */
export function CallTimer({ call }: { call: BoardCall }) {
  const now = useNow();
  const ringing = call.status === "ringing" || !call.answeredAt;
  const since = Date.parse(ringing ? call.createdAt : (call.answeredAt ?? call.createdAt));
  return (
    <p className="flex items-center gap-2 text-xs text-slate-600 dark:text-slate-300">
      <span aria-hidden="true" className="relative flex size-2">
        <span
          className={`absolute inline-flex size-full rounded-full opacity-60 motion-safe:animate-ping ${ringing ? "bg-sky-400" : "bg-emerald-400"}`}
        />
        <span className={`relative inline-flex size-2 rounded-full ${ringing ? "bg-sky-500" : "bg-emerald-500"}`} />
      </span>
      <span>{ringing ? "Ringing for" : "On the line"}</span>
      <span className="min-w-[3.5ch] font-mono text-sm font-semibold tabular-nums text-slate-900 dark:text-slate-100">
        {now === null ? "--:--" : formatElapsed(now - since)}
      </span>
    </p>
  );
}
