import { callStatuses, type CallStatus } from "@/db/schema/enums";
import type { AnsweredBy } from "@/db/schema/enums";
import { advanceStatus, isTerminal, statusRank } from "@/lib/calls/lifecycle";
import { statusDisplay, type StatusTone, answeredByPhrases } from "@/lib/labels";
import { formatClock, formatDateTime, formatDuration, formatFull, parseInstant } from "@/lib/format/time";
import type { TimelineEntry } from "./types";

export type AppEventInput = { id: number; type: string; data: Record<string, unknown>; createdAt: Date };
export type ProviderEventInput = { webhookId: string; event: string; occurredAt: Date; receivedAt: Date; payload: Record<string, unknown> };

type Described = { label: string; detail: string | null; tone: StatusTone };

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);
const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const isStatus = (v: unknown): v is CallStatus => typeof v === "string" && (callStatuses as readonly string[]).includes(v);
const join = (...parts: (string | null)[]) => parts.filter(Boolean).join(" · ") || null;

function describeApp(type: string, data: Record<string, unknown>, placedByName: string | null, timeZone: string): Described {
  const http = num(data.httpStatus);
  const code = str(data.code);
  const why = join(str(data.message), http !== null || code ? `HTTP ${http ?? "—"}${code ? ` ${code}` : ""}` : null);
  switch (type) {
    case "created":
      return { label: "Call requested", detail: placedByName ? `by ${placedByName}` : null, tone: "neutral" };
    case "scheduled": {
      const due = parseInstant(str(data.scheduledFor));
      return {
        label: "Held until calling hours",
        detail: join(placedByName ? `by ${placedByName}` : null, due ? `due ${formatDateTime(due, timeZone)}` : null),
        tone: "neutral",
      };
    }
    case "canceled_by_dispatcher":
      return { label: "Canceled before it went out", detail: str(data.byName) ? `by ${str(data.byName)}` : null, tone: "neutral" };
    case "released":
      return { label: "Released for sending", detail: "Calling hours opened", tone: "neutral" };
    case "blocked":
      return { label: "Blocked before sending", detail: str(data.reason), tone: "danger" };
    case "provider_accepted": {
      const status = isStatus(data.status) ? statusDisplay[data.status].label : null;
      const wait = num(data.estimated_wait);
      return {
        label: "Accepted by provider",
        detail: join(str(data.call_id), status, wait !== null ? `est. wait ${wait} s` : null),
        tone: "info",
      };
    }
    case "provider_rejected":
      return { label: "Refused by provider", detail: why, tone: "danger" };
    case "send_failed":
      return { label: "Could not reach provider, retrying", detail: why, tone: "warning" };
    case "send_abandoned":
      return { label: "Gave up sending", detail: why, tone: "danger" };
    case "provider_silent":
      return {
        label: "The provider never reported the end",
        detail: "Ended by Callboard after the call's maximum duration and a grace period; a late report from the provider replaces this",
        tone: "warning",
      };
    default:
      return { label: type.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase()), detail: null, tone: "neutral" };
  }
}

/** The status a provider event reports, or null for an event the dashboard does not know. */
export function providerEventStatus(event: string, data: Record<string, unknown>): CallStatus | null {
  const name = event.replace(/^voice_call\./, "");
  if (name === "failed") return isStatus(data.status) && isTerminal(data.status) ? data.status : "failed";
  if (["queued", "dialing", "ringing", "in_progress", "completed"].includes(name) && event.startsWith("voice_call."))
    return name as CallStatus;
  return null;
}

function describeProvider(event: string, data: Record<string, unknown>, status: CallStatus | null): Described {
  if (!status) return { label: `Unrecognised event “${event}”`, detail: "Stored; changes nothing", tone: "neutral" };
  const duration = num(data.duration);
  switch (event) {
    case "voice_call.queued": {
      const wait = num(data.estimated_wait);
      return { label: "Queued", detail: wait !== null ? `est. wait ${wait} s` : null, tone: "info" };
    }
    case "voice_call.in_progress":
      return { label: "Answered", detail: answeredByPhrases[str(data.answered_by) as AnsweredBy] ?? null, tone: "info" };
    case "voice_call.completed":
      return { label: "Completed", detail: duration !== null ? formatDuration(duration) : null, tone: "success" };
    case "voice_call.failed":
      return { label: statusDisplay[status].label, detail: str(data.reason), tone: status === "failed" ? "danger" : "warning" };
    default:
      return { label: statusDisplay[status].label, detail: null, tone: "info" };
  }
}

function appStatus(type: string, data: Record<string, unknown>, current: CallStatus): CallStatus {
  if (type === "created" || type === "released") return "pending";
  if (type === "scheduled") return "scheduled";
  if (type === "blocked") return "blocked";
  if (type === "provider_rejected" || type === "send_abandoned") return "rejected";
  if (type === "provider_silent") return "unknown";
  if (type === "provider_accepted" && isStatus(data.status)) return advanceStatus(current, data.status);
  return current;
}

/**
 * One history from our own events and the provider's webhooks. Lateness is judged in arrival
 * order (the status the call had when the event came in); the list is shown in the order things
 * happened, so a late "Ringing" sits where it belongs, marked as recorded only.
 */
export function buildTimeline({
  appEvents,
  providerEvents,
  placedByName,
  timeZone,
}: {
  appEvents: AppEventInput[];
  providerEvents: ProviderEventInput[];
  placedByName: string | null;
  timeZone: string;
}): TimelineEntry[] {
  type Item = {
    entry: TimelineEntry;
    arrivedAt: number;
    happenedAt: number;
    seq: number;
    apply: (s: CallStatus) => { next: CallStatus; late: boolean };
  };
  const items: Item[] = [];
  const entry = (key: string, source: TimelineEntry["source"], at: Date, d: Described): TimelineEntry => ({
    key,
    source,
    ...d,
    at: at.toISOString(),
    time: formatClock(at, timeZone),
    fullTime: formatFull(at, timeZone),
    late: false,
    receivedTime: null,
  });

  for (const e of appEvents) {
    items.push({
      entry: entry(`app-${e.id}`, "app", e.createdAt, describeApp(e.type, e.data, placedByName, timeZone)),
      arrivedAt: e.createdAt.getTime(),
      happenedAt: e.createdAt.getTime(),
      seq: items.length,
      apply: (s) => ({ next: appStatus(e.type, e.data, s), late: false }),
    });
  }
  for (const e of providerEvents) {
    const data = typeof e.payload.data === "object" && e.payload.data !== null ? (e.payload.data as Record<string, unknown>) : {};
    const status = providerEventStatus(e.event, data);
    items.push({
      entry: entry(`wh-${e.webhookId}`, "provider", e.occurredAt, describeProvider(e.event, data, status)),
      arrivedAt: e.receivedAt.getTime(),
      happenedAt: e.occurredAt.getTime(),
      seq: items.length,
      apply: (s) => {
        if (!status) return { next: s, late: false };
        const late = isTerminal(s) || statusRank(status) < statusRank(s);
        return { next: late ? s : advanceStatus(s, status), late };
      },
    });
  }

  let current: CallStatus = "pending";
  for (const item of [...items].sort((a, b) => a.arrivedAt - b.arrivedAt || a.seq - b.seq)) {
    const { next, late } = item.apply(current);
    current = next;
    if (late) {
      item.entry.late = true;
      item.entry.receivedTime = formatClock(new Date(item.arrivedAt), timeZone);
    }
  }
  // Provider timestamps carry whole seconds; within one second, arrival order is the better guide.
  const second = (ms: number) => Math.floor(ms / 1000);
  return items
    .sort((a, b) => second(a.happenedAt) - second(b.happenedAt) || a.arrivedAt - b.arrivedAt || a.seq - b.seq)
    .map((i) => i.entry);
}
