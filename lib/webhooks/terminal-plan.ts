import type { CallStatus } from "@/db/schema/enums";
import { hasOffset } from "./envelope";
import { dateOrNull, knownOutcome, RETRYABLE_STATUSES, TIME_FIELDS, type Completed } from "./outcome-effects";

/**
 * The parameters $7… of PERSIST_TERMINAL_SQL: what applyTerminalEffects would write for this
 * event, worked out from the payload alone. Null when the payload itself needs the transaction
 * path: a do-not-call outcome, a booked appointment (checked against the slot's capacity), or
 * outcome times the workspace's zone must resolve.
 */
export function terminalPlan(status: CallStatus, data: Record<string, unknown>): unknown[] | null {
  if (status !== "completed") {
    const reason = typeof data.reason === "string" ? data.reason : null;
    return plan({
      completed: false,
      duration: Math.round(Number(data.duration ?? 0)),
      reason,
      attention: status === "failed" ? { kind: "failed", detail: reason } : null,
      autoRetryMatters: RETRYABLE_STATUSES.has(status),
    });
  }
  const d = data as Completed;
  const outcome = d.outcome ?? null;
  if (outcome?.type === "do_not_call" || outcome?.type === "appointment_scheduled") return null;
  if (outcome && TIME_FIELDS.some((f) => typeof outcome[f] === "string" && !hasOffset(outcome[f]))) return null;
  const needsReview = !knownOutcome(outcome?.type);
  const notes = outcome?.notes ?? null;
  const effect = !needsReview && outcome?.type === "callback_requested" ? { kind: "callback", at: dateOrNull(outcome.callback_at) } : null;
  const attention = needsReview
    ? { kind: "needs_review", detail: outcome ? `Unknown outcome type “${outcome.type}”` : "Completed without an outcome" }
    : outcome?.type === "escalation_needed"
      ? { kind: "escalation", detail: notes }
      : null;
  return plan({
    completed: true,
    duration: d.duration === undefined ? null : Math.round(d.duration),
    reason: null,
    answeredBy: d.answered_by ?? null,
    recordingUrl: d.recording_url ?? null,
    transcriptUrl: d.transcript_url ?? null,
    outcomeType: outcome?.type ?? null,
    outcome,
    aiSummary: d.ai_summary ?? null,
    needsReview,
    attention,
    effect: effect?.kind ?? null,
    effectAt: effect?.at?.toISOString() ?? null,
    notes,
    autoRetryMatters: outcome?.type === "voicemail_left",
  });
}

type Plan = {
  completed: boolean;
  duration: number | null;
  reason: string | null;
  answeredBy?: string | null;
  recordingUrl?: string | null;
  transcriptUrl?: string | null;
  outcomeType?: string | null;
  outcome?: unknown;
  aiSummary?: string | null;
  needsReview?: boolean;
  attention: { kind: string; detail: string | null } | null;
  effect?: string | null;
  effectAt?: string | null;
  notes?: string | null;
  autoRetryMatters: boolean;
};

function plan(p: Plan): unknown[] {
  return [
    p.completed,
    p.duration,
    p.reason,
    p.answeredBy ?? null,
    p.recordingUrl ?? null,
    p.transcriptUrl ?? null,
    p.outcomeType ?? null,
    p.outcome === undefined || p.outcome === null ? null : JSON.stringify(p.outcome),
    p.aiSummary ?? null,
    p.needsReview ?? false,
    p.attention?.kind ?? null,
    p.attention?.detail ?? null,
    p.effect ?? null,
    p.effectAt ?? null,
    p.notes ?? null,
    p.autoRetryMatters,
  ];
}
