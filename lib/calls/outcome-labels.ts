import { outcomeTypes, type OutcomeType } from "@/db/schema/enum-values";
import type { StatusTone } from "./status";

/** How each of the provider's eight outcomes reads, everywhere: board, detail, review, reports, CSV. */
export const outcomeDisplay: Record<OutcomeType, { label: string; tone: StatusTone }> = {
  appointment_scheduled: { label: "Appointment booked", tone: "success" },
  callback_requested: { label: "Callback requested", tone: "info" },
  voicemail_left: { label: "Voicemail left", tone: "neutral" },
  not_interested: { label: "Not interested", tone: "neutral" },
  do_not_call: { label: "Do not call", tone: "danger" },
  information_provided: { label: "Information provided", tone: "info" },
  payment_promised: { label: "Payment promised", tone: "success" },
  escalation_needed: { label: "Escalation needed", tone: "warning" },
};

export function isOutcomeType(value: string): value is OutcomeType {
  return (outcomeTypes as readonly string[]).includes(value);
}

/** The provider may send a type we do not know yet; it still reads as words, never hidden. */
export function outcomeDisplayOf(type: string): { label: string; tone: StatusTone } {
  if (isOutcomeType(type)) return outcomeDisplay[type];
  const words = type.replace(/[_-]+/g, " ").trim();
  return { label: words.charAt(0).toUpperCase() + words.slice(1), tone: "neutral" };
}
