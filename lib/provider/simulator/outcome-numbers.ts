/**
 * How an accepted call plays out, fixed by the last four digits of its number (like a payment
 * provider's test cards). The 09xx range is kept for this: demo customers use 0100–0198 and the
 * request faults of test-numbers.ts use 04xx/05xx. Any other number gets an ending that fits its
 * purpose, picked by a hash of the call id.
 */

import type { ProviderCallRequest } from "../types";
import type { FailedStatus, ProviderOutcomeType } from "./events";
import { pickWeighted, unitHash } from "./seeded";

/** "none": completed without an outcome; "warranty_claim": a type the dashboard does not know. */
export type OutcomeChoice = ProviderOutcomeType | "warranty_claim" | "none";

export type CallEnding =
  | { kind: "conversation"; outcome: OutcomeChoice }
  | { kind: "failed"; status: FailedStatus; reason: string }
  /** Plays up to in_progress and never ends, for the dashboard's stuck-call reconciler. */
  | { kind: "stuck" };

export type OutcomeNumber = { lastFour: string; example: string; behavior: string; ending: CallEnding };

const talk = (outcome: OutcomeChoice): CallEnding => ({ kind: "conversation", outcome });
const fail = (status: FailedStatus, reason: string): CallEnding => ({ kind: "failed", status, reason });

const rows: [string, string, CallEnding][] = [
  ["0901", "completed, `appointment_scheduled` in one of the offered slots", talk("appointment_scheduled")],
  ["0902", "completed, `callback_requested` with `callback_at` tomorrow 10:00 (the slots' offset, else UTC-8)", talk("callback_requested")],
  ["0903", "completed, `voicemail_left`, `answered_by: voicemail`", talk("voicemail_left")],
  ["0904", "completed, `not_interested`", talk("not_interested")],
  ["0905", "completed, `do_not_call`", talk("do_not_call")],
  ["0906", "completed, `information_provided`", talk("information_provided")],
  ["0907", "completed, `payment_promised`: `amount` 249.5, `promised_date` in 7 days", talk("payment_promised")],
  ["0908", "completed, `escalation_needed`", talk("escalation_needed")],
  ["0910", "completed with no `outcome`", talk("none")],
  ["0911", "completed with an unknown outcome type `warranty_claim`", talk("warranty_claim")],
  ["0920", "`voice_call.failed`, `no_answer` (rings out)", fail("no_answer", "No answer after 30 seconds")],
  ["0921", "`voice_call.failed`, `busy`", fail("busy", "Line busy")],
  ["0922", "`voice_call.failed`, `failed` (reason `carrier error`)", fail("failed", "carrier error")],
  ["0923", "`voice_call.failed`, `canceled` before dialing", fail("canceled", "Call canceled before it was dialed")],
  ["0930", "stuck: plays up to `in_progress` and never completes", { kind: "stuck" }],
];

export const simulatorOutcomeNumbers: readonly OutcomeNumber[] = rows.map(([lastFour, behavior, ending]) => ({
  lastFour,
  example: `+1310555${lastFour}`,
  behavior,
  ending,
}));

export function findOutcomeNumber(phoneE164: string): OutcomeNumber | undefined {
  const lastFour = phoneE164.replace(/\D/g, "").slice(-4);
  return simulatorOutcomeNumbers.find((n) => n.lastFour === lastFour);
}

type Weights = readonly (readonly [OutcomeChoice, number])[];

/** What a customer plausibly says to each kind of call; slots make booking likely. */
function weightsFor(request: ProviderCallRequest): Weights {
  const hasSlots = (request.scheduling_options?.available_slots.length ?? 0) > 0;
  switch (request.call_purpose) {
    case "appointment_reminder":
      return [
        ["information_provided", 70],
        ["callback_requested", 20],
        ["escalation_needed", 5],
        ["not_interested", 5],
      ];
    case "collections":
      return [
        ["payment_promised", 60],
        ["callback_requested", 30],
        ["escalation_needed", 10],
      ];
    case "urgent_notification":
      return [
        ["information_provided", 70],
        ["escalation_needed", 20],
        ["callback_requested", 10],
      ];
    case "callback":
    case "follow_up":
    case "estimate_follow_up":
    case "custom":
      return hasSlots
        ? [
            ["appointment_scheduled", 60],
            ["callback_requested", 15],
            ["information_provided", 15],
            ["not_interested", 10],
          ]
        : [
            ["information_provided", 50],
            ["callback_requested", 30],
            ["not_interested", 15],
            ["escalation_needed", 5],
          ];
  }
}

const VOICEMAIL_SHARE = 0.15;

export function planCall(request: ProviderCallRequest, callId: string): CallEnding {
  const fixed = findOutcomeNumber(request.phone_number);
  if (fixed) return fixed.ending;
  if (unitHash(callId, "voicemail") < VOICEMAIL_SHARE) return talk("voicemail_left");
  return talk(pickWeighted(weightsFor(request), callId, "outcome"));
}
