import "server-only";
import type { CallDetail } from "@/db/queries/call-detail";
import type { AttentionKind } from "@/db/schema/enums";
import { isTerminal } from "@/lib/calls/lifecycle";
import { refusalOf } from "@/lib/calls/refusal";
import { statusDisplay, contextLabels, purposeLabels, attentionLabels, answeredByLabels } from "@/lib/labels";
import { formatPhone } from "@/lib/phone";
import { contextFields } from "@/lib/validation/call";
import { formatDateTime, formatDuration, formatGoesOut, formatSlot, parseInstant } from "@/lib/format/time";
import { buildOutcome, reviewReason } from "./outcome-view";
import { buildTimeline } from "./timeline";
import type { CallDetailView, Notice, SentView, TranscriptView } from "./types";

type Call = CallDetail["call"];

/** Who canceled the call, as the cancel's event recorded them. */
function canceledByNameOf(events: CallDetail["appEvents"]): string | null {
  const name = events.find((e) => e.type === "canceled_by_dispatcher")?.data.byName;
  return typeof name === "string" ? name : null;
}

function noticeFor(call: Call, timeZone: string, canceledByName: string | null): Notice | null {
  const { label, tone } = statusDisplay[call.status];
  if (call.status === "canceled" && call.canceledAt)
    return {
      tone,
      title: "Canceled before it went out",
      text: `Canceled by ${canceledByName ?? "a dispatcher"} at ${formatDateTime(call.canceledAt, timeZone)}. Nothing was sent to the provider.`,
    };
  switch (call.status) {
    case "scheduled":
      return {
        tone,
        title: "Held until calling hours",
        text: call.scheduledFor
          ? `It goes out at ${formatGoesOut(call.scheduledFor, call.customerTimeZone, timeZone)} (${formatDateTime(call.scheduledFor, timeZone)}), after the rules are checked again.`
          : "It will be sent when calling hours open.",
      };
    case "pending":
      return { tone, title: "Sending to the provider", text: call.lastError ?? "The request is stored and on its way." };
    case "blocked":
      return { tone, title: "Not placed: blocked", text: call.lastError };
    case "rejected": {
      const refusal = refusalOf(call);
      const title =
        refusal?.kind === "credentials"
          ? "Not placed: the provider refused our account"
          : refusal?.kind === "conflict"
            ? "Not placed: the provider already has this call"
            : "Refused by the provider";
      return {
        tone,
        title,
        text: call.lastError,
        smallPrint: refusal?.smallPrint ?? null,
        link: refusal?.conflictCallId ? { href: `/calls/${refusal.conflictCallId}`, label: "Open the call already placed" } : null,
      };
    }
    case "queued":
    case "dialing":
    case "ringing":
    case "in_progress":
      return { tone, title: `${label}…`, text: "The outcome appears here when the call ends. This page updates by itself." };
    case "completed":
      return null;
    default:
      return { tone, title: label, text: call.failureReason ?? "The provider gave no reason." };
  }
}

function transcriptFor(detail: CallDetail, settled: boolean): TranscriptView {
  const { call, transcript } = detail;
  if (transcript) return { state: "ready", utterances: transcript.utterances };
  if (call.status === "completed") {
    return call.transcriptUrl ? { state: "fetching" } : { state: "none", reason: "The provider sent no transcript for this call." };
  }
  if (!settled) return { state: "after_call" };
  if (call.status === "blocked" || call.status === "rejected")
    return { state: "none", reason: "The call was not placed, so there is no transcript." };
  return { state: "none", reason: "No conversation took place, so there is no transcript." };
}

function sentFor(call: Call, timeZone: string): SentView {
  const slots = (call.schedulingOptions?.availableSlots ?? [])
    .map((s) => ({ start: parseInstant(s.start), end: parseInstant(s.end), raw: `${s.start} – ${s.end}` }))
    .sort((a, b) => (a.start?.getTime() ?? 0) - (b.start?.getTime() ?? 0))
    .map((s) => (s.start && s.end ? formatSlot(s.start, s.end, timeZone) : s.raw));
  const minutes = call.schedulingOptions?.serviceDurationMinutes;
  const earliest = parseInstant(call.schedulingOptions?.earliestAvailable);
  return {
    phone: call.phoneNumber,
    context: contextFields.flatMap((f) => {
      const value = call.context[f]?.trim();
      return value ? [{ label: contextLabels[f], value }] : [];
    }),
    slots,
    serviceDuration: minutes ? formatDuration(minutes * 60) : null,
    earliest: earliest ? formatDateTime(earliest, timeZone) : null,
    maxDuration: formatDuration(call.maxDuration),
    recordCall: call.recordCall,
  };
}

/**
 * The page's view of one call, built on the server. Provider URLs, the request body and the
 * webhook URL stay here: only a `hasRecording` flag leaves, and audio goes through our own route.
 */
export function buildCallDetailView(detail: CallDetail, timeZone: string): CallDetailView {
  const { call, customer, assistant } = detail;
  const settled = isTerminal(call.status) || ["blocked", "rejected", "unknown"].includes(call.status);
  const transcript = transcriptFor(detail, settled);
  const outcome = buildOutcome(call.outcome, detail, timeZone);
  const dncSince = customer.doNotCallAt ? ` since ${formatDateTime(customer.doNotCallAt, timeZone)}` : "";

  return {
    id: call.id,
    customerName: customer.name,
    preferredName: customer.preferredName,
    phone: formatPhone(call.phoneNumber),
    providerCallId: call.providerCallId,
    status: call.status,
    statusLabel: statusDisplay[call.status].label,
    statusTone: statusDisplay[call.status].tone,
    purposeLabel: purposeLabels[call.purpose],
    assistantName: assistant.name,
    placedByName: detail.placedByName,
    placedAt: formatDateTime(call.createdAt, timeZone),
    placedAtIso: call.createdAt.toISOString(),
    // A call that never connected reports 0 s; a dash says "no conversation" more plainly.
    duration:
      call.durationSeconds !== null && (call.durationSeconds > 0 || call.status === "completed")
        ? formatDuration(call.durationSeconds)
        : null,
    live: !settled || transcript.state === "fetching",
    notice: noticeFor(call, timeZone, canceledByNameOf(detail.appEvents)),
    outcome,
    review: call.needsReview ? reviewReason(call.outcome) : null,
    attention: detail.attention
      .filter((a) => a.kind !== "needs_review")
      .map((a) => ({
        kind: a.kind,
        label: attentionLabels[a.kind as Exclude<AttentionKind, "needs_review">],
        detail: a.detail,
        resolved: a.resolvedAt !== null,
      })),
    doNotCall:
      call.outcome?.type !== "do_not_call"
        ? null
        : customer.doNotCall
          ? `${customer.name} is now on the do-not-call list${dncSince}. New calls to this customer or number will be refused.`
          : `${customer.name} asked not to be called; the do-not-call flag has since been removed.`,
    aiSummary: call.aiSummary?.trim() || null,
    answeredBy: call.answeredBy ? answeredByLabels[call.answeredBy] : null,
    sent: sentFor(call, timeZone),
    history: buildTimeline({
      appEvents: detail.appEvents,
      providerEvents: detail.providerEvents,
      placedByName: detail.placedByName,
      timeZone,
    }),
    media: { callId: call.id, hasRecording: Boolean(call.recordingUrl), recordCall: call.recordCall, settled, transcript },
  };
}
