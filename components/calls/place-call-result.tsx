"use client";
import Link from "next/link";
import { useEffect, useId, useRef } from "react";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClasses } from "@/components/ui/button";
import type { CallStatus } from "@/db/schema/enums";
import { statusDisplay } from "@/lib/labels";
import type { PlacedCall } from "@/lib/calls/types";
import { when } from "./refusal-offer";

function headline(status: CallStatus): string {
  if (status === "scheduled") return "Call scheduled";
  if (status === "pending") return "Call queued for sending";
  if (status === "rejected") return "The provider rejected the call";
  if (status === "blocked") return "Call blocked";
  if (status === "failed") return "The call failed";
  return "Call placed";
}

export type PlaceCallResultProps = {
  call: PlacedCall;
  timeZone: string;
  onPlaceAnother: () => void;
  /** Offered when nothing was placed, to fix the request and send it again. */
  onEditAndRetry: () => void;
};

export function PlaceCallResult({ call, timeZone, onPlaceAnother, onEditAndRetry }: PlaceCallResultProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const idLabel = useId();
  const refused = call.status === "rejected" || call.status === "blocked" || call.status === "failed";
  const refusal = call.refusal;
  // Editing cannot fix a refused account or a request the provider already placed.
  const editable = refused && refusal?.kind !== "credentials" && refusal?.kind !== "conflict";
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <div
      role="status"
      className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900"
    >
      <h2 ref={headingRef} tabIndex={-1} className="text-base font-semibold focus:outline-none">
        {headline(call.status)}
      </h2>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
        <dt id={idLabel} className="text-slate-600 dark:text-slate-400">
          Provider call ID
        </dt>
        <dd aria-labelledby={idLabel} className="font-mono text-slate-900 dark:text-slate-100">
          {call.providerCallId ?? (call.status === "pending" ? "Not assigned yet" : "None")}
        </dd>
        <dt className="text-slate-600 dark:text-slate-400">Status</dt>
        <dd>
          <Badge tone={statusDisplay[call.status].tone}>{statusDisplay[call.status].label}</Badge>
        </dd>
        {call.scheduledFor && (
          <>
            <dt className="text-slate-600 dark:text-slate-400">Will be placed</dt>
            <dd>{when(call.scheduledFor, timeZone)}</dd>
          </>
        )}
        {call.estimatedWait !== null && (
          <>
            <dt className="text-slate-600 dark:text-slate-400">Estimated wait</dt>
            <dd className="tabular-nums">~{call.estimatedWait} s</dd>
          </>
        )}
        {call.trackingUrl && (
          <>
            <dt className="text-slate-600 dark:text-slate-400">Live view</dt>
            <dd>
              <a
                href={call.trackingUrl}
                target="_blank"
                rel="noopener noreferrer"
                className="font-medium text-brand-600 underline underline-offset-2 hover:text-brand-700 dark:text-brand-100"
              >
                Tracking
              </a>
            </dd>
          </>
        )}
      </dl>
      {call.message && (
        <p
          className={
            refused
              ? "rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950/40 dark:text-red-200"
              : "rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-200"
          }
        >
          {call.message}
          {refusal?.kind === "conflict" && (
            <span className="mt-1 block">
              {refusal.conflictCallId ? (
                <Link href={`/calls/${refusal.conflictCallId}`} className="font-medium underline underline-offset-2">
                  Open the call already placed
                </Link>
              ) : refusal.conflictProviderCallId ? (
                <>
                  It is the provider’s call <span className="font-mono">{refusal.conflictProviderCallId}</span>, which this dashboard did
                  not place.
                </>
              ) : null}
            </span>
          )}
          {refusal && <small className="mt-1 block font-mono text-xs opacity-80">Provider: {refusal.smallPrint}</small>}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button variant="primary" onClick={onPlaceAnother}>
          Place another call
        </Button>
        {editable && <Button onClick={onEditAndRetry}>Edit and try again</Button>}
        <Link href={`/calls/${call.id}`} className={buttonClasses()}>
          Open this call
        </Link>
        <Link href="/board" className={buttonClasses({ variant: "ghost" })}>
          Board
        </Link>
        <Link href="/calls" className={buttonClasses({ variant: "ghost" })}>
          View calls
        </Link>
      </div>
    </div>
  );
}
