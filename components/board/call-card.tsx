import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { cx } from "@/components/ui/cx";
import { statusDisplay, purposeLabels, outcomeDisplayOf as outcomeOf } from "@/lib/labels";
import { laneOf, type BoardCall } from "@/lib/calls/board-call";
import { isRetryable } from "@/lib/calls/lifecycle";
import { RetryButton } from "./retry-button";
import { CancelCallButton } from "./cancel-call-button";
import { formatDuration, formatGoesOut, formatLongDateTime, formatTimeOfDay } from "@/lib/format/time";
import { CallTimer } from "./call-timer";

export type CallCardProps = { call: BoardCall; timeZone: string; userId: string };

const STUCK = "Stuck: no word from the provider";

/** Outcomes of a normal day (nobody picked up); red is kept for what someone must fix. */
const quietFailures = new Set<BoardCall["status"]>(["no_answer", "busy", "canceled"]);

function statusOf(call: BoardCall): { label: string; tone: BadgeTone } {
  return call.attention.includes("stuck") ? { label: "Stuck", tone: "warning" } : statusDisplay[call.status];
}

/** Why a call landed in "needs attention", in the provider's words when it gave any. */
function problemReason(call: BoardCall): string | null {
  if (call.attention.includes("stuck")) return STUCK;
  return call.failureReason ?? call.lastError;
}

export function CallCard({ call, timeZone, userId }: CallCardProps) {
  const lane = laneOf(call);
  const status = statusOf(call);
  const placed = new Date(call.createdAt);
  const outcome = call.outcomeType ? outcomeOf(call.outcomeType) : null;
  const escalation = call.attention.includes("escalation") && call.outcomeType !== "escalation_needed";
  const reason = lane === "problem" ? problemReason(call) : null;
  const showBadges = outcome || call.needsReview || escalation;

  const card = (
    <Link
      href={`/calls/${call.id}`}
      // A board holds hundreds of cards; prefetching each detail page would flood the server.
      prefetch={false}
      className="group relative block rounded-lg border border-slate-200 bg-white p-3 shadow-xs transition-colors hover:border-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500 dark:border-slate-800 dark:bg-slate-900 dark:hover:border-slate-700 dark:hover:bg-slate-800/70"
    >
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="text-sm font-semibold break-words text-slate-900 group-hover:underline dark:text-slate-100">{call.customerName}</p>
          <p className="text-xs tabular-nums text-slate-500 dark:text-slate-400">{call.phoneDisplay}</p>
        </div>
        <Badge tone={status.tone} className="shrink-0">
          {status.label}
        </Badge>
      </div>

      <p className="mt-1.5 truncate text-xs text-slate-600 dark:text-slate-300">
        {purposeLabels[call.purpose]} <span aria-hidden="true">·</span>{" "}
        <span className="text-slate-500 dark:text-slate-400">{call.assistantName}</span>
      </p>

      {lane === "live" && (
        <div className="mt-2">
          <CallTimer call={call} />
        </div>
      )}

      {lane === "queued" && call.lastError && <p className="mt-2 text-xs text-amber-800 dark:text-amber-300">Retrying: {call.lastError}</p>}

      {reason && (
        <p
          className={cx(
            "mt-2 line-clamp-2 text-xs",
            quietFailures.has(call.status) ? "text-slate-700 dark:text-slate-300" : "text-red-700 dark:text-red-300",
          )}
        >
          {reason}
        </p>
      )}

      {showBadges && (
        <div className="mt-2 flex flex-wrap gap-1">
          {outcome && <Badge tone={outcome.tone}>{outcome.label}</Badge>}
          {call.needsReview && <Badge tone="warning">Needs review</Badge>}
          {escalation && <Badge tone="warning">Escalation</Badge>}
        </div>
      )}

      {lane === "completed" && call.aiSummary && (
        <p className="mt-1.5 line-clamp-2 text-xs text-slate-700 dark:text-slate-300">{call.aiSummary}</p>
      )}

      <p className="mt-2 flex items-center justify-between gap-2 text-xs text-slate-500 dark:text-slate-400">
        <span className="tabular-nums">
          {call.status === "scheduled" && call.scheduledFor ? (
            // A held call is about when it goes out, not when it was placed.
            <time dateTime={call.scheduledFor} title={`Placed ${formatLongDateTime(placed, timeZone)}`}>
              Goes out at {formatGoesOut(new Date(call.scheduledFor), call.customerTimeZone, timeZone)}
            </time>
          ) : (
            <time dateTime={call.createdAt} title={`Placed ${formatLongDateTime(placed, timeZone)}`}>
              {formatTimeOfDay(placed, timeZone)}
            </time>
          )}
          {lane === "completed" && call.durationSeconds !== null && (
            <>
              {" "}
              <span aria-hidden="true">·</span> <span className="sr-only">lasted</span>
              <span title="Call length">{formatDuration(call.durationSeconds)}</span>
            </>
          )}
        </span>
        <span className="truncate">{call.placedBy === userId ? "by you" : call.placedByName ? `by ${call.placedByName}` : null}</span>
      </p>
    </Link>
  );
  const cancellable = call.status === "scheduled" || call.status === "pending";
  if (!isRetryable(call) && !cancellable) return card;
  // The button sits beside the link, not inside it: a button within a link is not valid HTML.
  return (
    <div className="flex flex-col gap-1">
      {card}
      <div className="flex justify-end">
        {cancellable ? (
          <CancelCallButton callId={call.id} customerName={call.customerName} />
        ) : (
          <RetryButton callId={call.id} customerName={call.customerName} />
        )}
      </div>
    </div>
  );
}
