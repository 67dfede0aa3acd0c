import type { FakeCallRequest } from "./request";
import type { Playout } from "./scenarios";
import { RECORDING_SECONDS } from "./media";

/**
 * The webhooks one accepted call sends, in order, with their delay from acceptance at speed 1:
 * queued … completed within about three seconds.
 */

export type Step = { atMs: number; event: string; data: Record<string, unknown>; extra?: Record<string, unknown> };

export type MediaUrls = { transcript: string; recording: string };

function outcomeOf(playout: Playout): Record<string, unknown> {
  switch (playout.outcome) {
    case "offsetless_appointment":
      return {
        type: "appointment_scheduled",
        notes: "Booked a tune-up for the afternoon.",
        appointment_id: "appt_fake_1301",
        appointment_start: "2026-12-01T14:00:00",
      };
    case "offsetless_callback":
      return { type: "callback_requested", notes: "Call back after the morning meeting.", callback_at: "2026-12-02T10:30:00" };
    case "nulls":
      return { type: "callback_requested", notes: null, callback_at: null, sentiment: "neutral" };
    default:
      return { type: "information_provided", notes: "Went through the maintenance plan prices." };
  }
}

export function stepsFor(request: FakeCallRequest, playout: Playout, media: MediaUrls): Step[] {
  const n = playout.nulls;
  const extra = n ? { api_version: "2026-11-01", attempt_number: 1 } : undefined;
  const steps: Step[] = [
    {
      atMs: 200,
      event: "voice_call.queued",
      data: n ? { status: "queued", estimated_wait: null, queue_position: 2 } : { status: "queued", estimated_wait: 1 },
    },
    { atMs: 600, event: "voice_call.dialing", data: { status: "dialing" } },
  ];
  if (playout.failed) {
    steps.push({ atMs: 1200, event: "voice_call.failed", data: { status: "failed", reason: null, duration: null }, extra });
    return steps.map((s) => ({ ...s, extra }));
  }
  steps.push(
    { atMs: 1000, event: "voice_call.ringing", data: { status: "ringing" } },
    { atMs: 1600, event: "voice_call.in_progress", data: { status: "in_progress", answered_by: n ? null : "human" } },
  );
  const completed: Record<string, unknown> = n
    ? {
        duration: null,
        status: "completed",
        answered_by: null,
        recording_url: null,
        transcript_url: null,
        tracking_url: null,
        outcome: outcomeOf(playout),
        ai_summary: null,
        sentiment_score: 0.4,
      }
    : {
        duration: RECORDING_SECONDS,
        status: "completed",
        answered_by: "human",
        ...(request.record_call ? { recording_url: media.recording } : {}),
        transcript_url: media.transcript,
        outcome: outcomeOf(playout),
        ai_summary: `Spoke with ${request.customer_info.name}. ${String(outcomeOf(playout).notes ?? "")}`.trim(),
      };
  steps.push({ atMs: 3000, event: "voice_call.completed", data: completed });
  return steps.map((s) => ({ ...s, extra }));
}
