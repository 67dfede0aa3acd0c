"use client";

import Link from "next/link";
import { InstantFormatter } from "@/lib/format/time";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { useNow } from "@/components/board/clock";
import { Badge } from "@/components/ui/badge";
import type { BusinessHours } from "@/db/schema/workspaces";
import { Button, buttonClasses } from "@/components/ui/button";
import { formatPhone } from "@/lib/phone";
import type { MissedCallItem } from "@/lib/missed-calls/item";
import { formatAgo } from "@/lib/missed-calls/sla";
import { reasonLabels } from "@/lib/labels";
import { CallBackFeedbackPanel } from "./call-back-feedback";
import { DismissDialog } from "./dismiss-dialog";
import { keepFocusNear } from "./list-focus";
import { SlaTimer } from "./sla-timer";
import { StatusCell } from "./status-cell";
import { useCallBackNow } from "./use-call-back-now";

export type RowContext = {
  timeZone: string;
  businessHours: BusinessHours;
  holidays: string[];
  warnMinutes: number;
  breachMinutes: number;
  isAdmin: boolean;
  formats: { clock: InstantFormatter; day: InstantFormatter };
};

const cell = "px-3 py-2 align-top";
const muted = "text-xs text-slate-500 dark:text-slate-400";

function Received({ iso, formats }: { iso: string; formats: RowContext["formats"] }) {
  const now = useNow(60_000);
  const at = new Date(iso);
  const today = now !== null && formats.day.format(at) === formats.day.format(now);
  return (
    <>
      <div className="whitespace-nowrap">
        {today || now === null ? formats.clock.format(at) : `${formats.day.format(at)}, ${formats.clock.format(at)}`}
      </div>
      <div className={muted}>{now === null ? "\u00a0" : formatAgo(now - at.getTime())}</div>
    </>
  );
}

function Voicemail({ url }: { url: string | null }) {
  if (!url) return null;
  return (
    <a
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      className="text-xs font-medium text-brand-600 underline-offset-2 hover:underline dark:text-brand-100"
    >
      Voicemail<span className="sr-only"> (opens in a new tab)</span> ↗
    </a>
  );
}

export function MissedCallRow({ item, ctx }: { item: MissedCallItem; ctx: RowContext }) {
  const [dismissing, setDismissing] = useState(false);
  const { feedback, pending, callNow, accept, clear } = useCallBackNow(item.id);
  const caller = item.callerName ?? item.customerName;
  const callerId = `caller-${item.id}`;
  const customer = (
    <>
      <span>{item.customerName}</span> {!item.customerVerified && <Badge tone="warning">Unverified</Badge>}
    </>
  );
  const reason = item.reason ? reasonLabels[item.reason] : "Not given";
  // "Call back now" answers in a panel under the row: focus goes there, not to <body>.
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (feedback) panel.current?.focus();
  }, [feedback]);
  // A row that leaves the list (dismissed, resolved, filtered out by a live update) while it holds
  // focus passes it on; the row is still in the document while this cleanup runs.
  const row = useRef<HTMLTableRowElement>(null);
  useLayoutEffect(() => {
    const id = item.id;
    const element = row.current;
    return () => {
      if (element?.contains(document.activeElement)) keepFocusNear(id, { leaving: true });
    };
  }, [item.id]);

  return (
    <>
      <tr ref={row} data-missed-row={item.id} className={feedback ? "" : "border-b border-slate-100 dark:border-slate-800"}>
        <td className={cell}>
          <div id={callerId} className="font-medium">
            {item.callerName ?? <span className="text-slate-500 dark:text-slate-400">Unknown caller</span>}
          </div>
          <div className="whitespace-nowrap text-slate-600 tabular-nums dark:text-slate-400">{formatPhone(item.fromPhone)}</div>
          <div className="mt-0.5 flex flex-wrap items-center gap-1 text-xs text-slate-600 lg:hidden dark:text-slate-400">
            Customer: {customer}
          </div>
        </td>
        <td className={`${cell} hidden lg:table-cell`}>
          <div className="flex flex-wrap items-center gap-1">{customer}</div>
        </td>
        <td className={cell}>
          <Received iso={item.occurredAt} formats={ctx.formats} />
          <div className="mt-0.5 flex flex-col lg:hidden">
            <span className="text-xs">{reason}</span>
            <Voicemail url={item.voicemailUrl} />
          </div>
        </td>
        <td className={`${cell} hidden lg:table-cell`}>
          <div>{reason}</div>
          <Voicemail url={item.voicemailUrl} />
        </td>
        <td className={cell}>
          {item.status === "dismissed" ? (
            <span className={muted}>—</span>
          ) : (
            <SlaTimer
              occurredAt={item.occurredAt}
              stoppedAt={item.status === "open" ? null : (item.claimedAt ?? item.resolvedAt)}
              warnMinutes={ctx.warnMinutes}
              breachMinutes={ctx.breachMinutes}
              hours={{ businessHours: ctx.businessHours, timeZone: ctx.timeZone, holidays: ctx.holidays }}
            />
          )}
        </td>
        <td className={cell}>
          <StatusCell item={item} clock={ctx.formats.clock} />
        </td>
        <td className={`${cell} text-right`}>
          {item.status === "open" ? (
            <div className="flex justify-end gap-1.5 max-lg:flex-col max-lg:items-stretch">
              <Link href={`/calls/new?missed=${item.id}`} aria-describedby={callerId} className={buttonClasses({ size: "sm" })}>
                Call back
              </Link>
              <Button size="sm" pending={pending} onClick={callNow} aria-describedby={callerId}>
                Call back now
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setDismissing(true)} aria-describedby={callerId}>
                Dismiss
              </Button>
            </div>
          ) : item.status === "calling" ? (
            <div className="flex justify-end gap-1.5 max-lg:flex-col max-lg:items-stretch">
              <Button size="sm" disabled aria-describedby={callerId}>
                Call back
              </Button>
              <Button size="sm" disabled aria-describedby={callerId}>
                Call back now
              </Button>
            </div>
          ) : null}
          {dismissing && (
            <DismissDialog
              missedCallId={item.id}
              caller={caller}
              onClose={() => setDismissing(false)}
              // The dialog has handed focus back to "Dismiss", which is about to go: on to the next row.
              onDismissed={() => keepFocusNear(item.id, { leaving: true })}
            />
          )}
        </td>
      </tr>
      {feedback && (
        <tr className="border-b border-slate-100 dark:border-slate-800">
          <td colSpan={7} className="px-3 pb-3">
            <div ref={panel} tabIndex={-1} role="group" aria-label={`Call back ${caller}`} className="rounded-md focus-visible:outline-2">
              <CallBackFeedbackPanel
                feedback={feedback}
                timeZone={ctx.timeZone}
                pending={pending}
                isAdmin={ctx.isAdmin}
                onAccept={accept}
                onClose={() => {
                  clear();
                  setTimeout(() => keepFocusNear(item.id, { leaving: false }), 0);
                }}
              />
            </div>
          </td>
        </tr>
      )}
    </>
  );
}
