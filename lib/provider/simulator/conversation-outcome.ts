import { createHash } from "node:crypto";
import type { ProviderCallRequest } from "../types";
import { sayable } from "./conversation-lines";
import type { Facts } from "./conversation";
import type { ProviderOutcome } from "./events";
import type { OutcomeChoice } from "./outcome-numbers";

/** The `outcome` and `ai_summary` of a completed call, worded from the same facts as its script. */

function appointmentId(callId: string): string {
  return `appt_${createHash("sha256").update(`${callId}:appointment`).digest("hex").slice(0, 12)}`;
}

export function outcomeOf(f: Facts): ProviderOutcome | undefined {
  const purposeVisit = f.request.call_purpose === "estimate_follow_up" ? "the estimated work" : "a service visit";
  switch (f.outcome) {
    case "none":
      return undefined;
    case "appointment_scheduled":
      return {
        type: f.outcome,
        appointment_id: appointmentId(f.callId),
        appointment_start: f.bookedIso,
        notes: `Customer booked ${purposeVisit} for ${f.booked}.`,
      };
    case "callback_requested":
      return f.callbackIso
        ? { type: f.outcome, callback_at: f.callbackIso, notes: `Customer asked to be called back ${f.callback}.` }
        : { type: f.outcome, notes: "Customer asked to be called back later this week." };
    case "voicemail_left":
      return { type: f.outcome, notes: "Reached voicemail; left a message asking the customer to call back." };
    case "not_interested":
      return { type: f.outcome, notes: "Customer declined; not interested right now." };
    case "do_not_call":
      return { type: f.outcome, notes: "Customer asked to be removed from the call list." };
    case "information_provided":
      return f.request.call_purpose === "appointment_reminder"
        ? { type: f.outcome, notes: "Customer confirmed the upcoming appointment." }
        : { type: f.outcome, notes: `Answered the customer's question: "${f.question[0]}"` };
    case "payment_promised":
      return {
        type: f.outcome,
        amount: f.amountValue,
        promised_date: f.promisedDate,
        notes: `Customer promised to pay $${f.amount} by ${f.promisedBy}.`,
      };
    case "escalation_needed":
      return { type: f.outcome, notes: `Customer is unhappy (${f.issue.toLowerCase()}) and asked for a manager.` };
    case "warranty_claim":
      return { type: f.outcome, notes: "Customer reports a part installed last month has failed; warranty claim opened." };
  }
}

export const NEXT_STEP: Record<OutcomeChoice, string> = {
  appointment_scheduled: "A confirmation text is on its way.",
  callback_requested: "A team member should call back as agreed.",
  voicemail_left: "If they do not call back, try again in a day or two.",
  not_interested: "No follow-up is needed.",
  do_not_call: "Do not call this customer again.",
  information_provided: "No follow-up is needed.",
  payment_promised: "Check for the payment after the promised date.",
  escalation_needed: "A manager should call the customer today.",
  warranty_claim: "The service team should review the warranty claim.",
  none: "The customer wanted time to think it over, so a person should review the call.",
};

export function purposePhrase(r: ProviderCallRequest): string {
  const reason = sayable(r.context?.callback_reason);
  const phrases = {
    callback: `to return their call${reason ? ` about ${reason}` : ""}`,
    follow_up: "to follow up on their recent service",
    appointment_reminder: "to remind them of their upcoming appointment",
    estimate_follow_up: "to follow up on their estimate",
    collections: "about an open balance",
    urgent_notification: "with an urgent service update",
    custom: "with a message from the team",
  } as const;
  return phrases[r.call_purpose];
}
