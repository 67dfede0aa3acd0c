import type { BadgeTone } from "@/components/ui/badge";
import type { OutcomeType } from "@/db/schema/enums";
import type { Lane } from "@/lib/calls/board-call";

export const laneOrder: readonly Lane[] = ["queued", "live", "completed", "problem"];

export const laneTitles: Record<Lane, string> = {
  queued: "Queued & dialing",
  live: "Ringing & in progress",
  completed: "Completed",
  problem: "Failed & needs attention",
};

export const laneEmpty: Record<Lane, string> = {
  queued: "Nothing waiting to be dialed.",
  live: "No calls on the line right now.",
  completed: "No completed calls yet today.",
  problem: "Nothing needs attention.",
};

export const outcomeDisplay: Record<OutcomeType, { label: string; tone: BadgeTone }> = {
  appointment_scheduled: { label: "Appointment booked", tone: "success" },
  callback_requested: { label: "Callback requested", tone: "info" },
  voicemail_left: { label: "Voicemail left", tone: "neutral" },
  not_interested: { label: "Not interested", tone: "neutral" },
  do_not_call: { label: "Do not call", tone: "danger" },
  information_provided: { label: "Info given", tone: "info" },
  payment_promised: { label: "Payment promised", tone: "success" },
  escalation_needed: { label: "Escalation", tone: "warning" },
};

export function isOutcomeType(value: string): value is OutcomeType {
  return Object.hasOwn(outcomeDisplay, value);
}

/** The provider may send a type we do not know yet; show it readably rather than hide it. */
export function outcomeOf(type: string): { label: string; tone: BadgeTone } {
  if (isOutcomeType(type)) return outcomeDisplay[type];
  const words = type.replace(/[_-]+/g, " ").trim();
  return { label: words.charAt(0).toUpperCase() + words.slice(1), tone: "neutral" };
}
