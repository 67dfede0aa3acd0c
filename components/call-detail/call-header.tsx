import Link from "next/link";
import { useId, type ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import type { CallDetailView } from "./types";
import { RetryButton } from "@/components/board/retry-button";
import { CancelCallButton } from "@/components/board/cancel-call-button";
import { isRetryable } from "@/lib/calls/lifecycle";

export function CallHeader({ view, liveIndicator }: { view: CallDetailView; liveIndicator?: ReactNode }) {
  const titleId = useId();
  const facts: { label: string; value: ReactNode }[] = [
    { label: "Purpose", value: view.purposeLabel },
    { label: "Assistant", value: view.assistantName },
    { label: "Placed by", value: view.placedByName ?? "—" },
    { label: "Placed", value: <time dateTime={view.placedAtIso}>{view.placedAt}</time> },
    { label: "Duration", value: view.duration ?? (view.media.settled ? "—" : "Not ended yet") },
    { label: "Provider call ID", value: <span className="font-mono text-xs">{view.providerCallId ?? "Not assigned"}</span> },
  ];

  return (
    <section
      aria-labelledby={titleId}
      className="rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-3">
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <h1 id={titleId} className="truncate text-xl font-semibold text-slate-900 dark:text-slate-50">
              {view.customerName}
            </h1>
            <Badge tone={view.statusTone}>{view.statusLabel}</Badge>
            {liveIndicator}
          </div>
          <p className="mt-0.5 text-sm text-slate-600 dark:text-slate-400">
            <span className="tabular-nums">{view.phone}</span>
            {view.preferredName && <span> · Goes by {view.preferredName}</span>}
          </p>
        </div>
        <div className="flex shrink-0 items-center gap-2">
          <Link href="/board" className={buttonClasses({ variant: "ghost", size: "sm" })}>
            <span aria-hidden="true">←</span> Back to board
          </Link>
          {(view.status === "scheduled" || view.status === "pending") && (
            <CancelCallButton callId={view.id} customerName={view.customerName} />
          )}
          {isRetryable({ status: view.status, outcomeType: view.outcome?.type ?? null }) && (
            <RetryButton callId={view.id} customerName={view.customerName} />
          )}
          <Link href={`/calls/new?from=${view.id}`} className={buttonClasses({ variant: "primary", size: "sm" })}>
            Call again
          </Link>
        </div>
      </div>
      <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-2 border-t border-slate-100 pt-3 text-sm sm:grid-cols-3 xl:grid-cols-[1.2fr_1fr_1fr_1.5fr_0.7fr_1.1fr] dark:border-slate-800">
        {facts.map((f) => (
          <div key={f.label} className="min-w-0">
            <dt className="text-xs text-slate-500 dark:text-slate-400">{f.label}</dt>
            <dd className="break-words text-slate-900 dark:text-slate-100">{f.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
