import type { CallStatus } from "@/db/schema/enums";

export type StatusTone = "neutral" | "info" | "success" | "warning" | "danger";

/** How each status reads on screen; every state is visible, none hides behind a blank cell. */
export const statusDisplay: Record<CallStatus, { label: string; tone: StatusTone }> = {
  scheduled: { label: "Scheduled", tone: "neutral" },
  pending: { label: "Sending", tone: "warning" },
  rejected: { label: "Refused by provider", tone: "danger" },
  blocked: { label: "Blocked", tone: "danger" },
  queued: { label: "Queued", tone: "info" },
  dialing: { label: "Dialing", tone: "info" },
  ringing: { label: "Ringing", tone: "info" },
  in_progress: { label: "In progress", tone: "info" },
  completed: { label: "Completed", tone: "success" },
  no_answer: { label: "No answer", tone: "neutral" },
  busy: { label: "Busy", tone: "neutral" },
  failed: { label: "Failed", tone: "danger" },
  canceled: { label: "Canceled", tone: "neutral" },
  unknown: { label: "The provider never reported the end", tone: "warning" },
};
