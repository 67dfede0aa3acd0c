import type { MissedCallReason } from "@/db/schema/enums";
import { formatDay, formatTimeOfDay } from "@/lib/format/time";
import type { PlaceCallInput, PlaceCallValues } from "@/lib/validation/call";

type Missed = {
  id: string;
  customerId: string;
  fromPhone: string;
  occurredAt: Date;
  reason: MissedCallReason | null;
  voicemailUrl: string | null;
};

const clock = (timeZone: string) => ({ format: (d: Date) => formatTimeOfDay(d, timeZone) });
const day = (timeZone: string) => ({ format: (d: Date) => formatDay(d, timeZone) });

/** What the assistant should know about the missed call, said the way a receptionist would. */
const REASON_TEXT: Record<MissedCallReason, string> = {
  after_hours: ", we were closed",
  no_answer: "; nobody answered",
  abandoned: " and hung up while waiting",
  busy: "; the line was busy",
};

/** "Called at 2:04 PM, we were closed", with the day when it was not today (workspace zone). */
export function previousInteractionFor(
  missed: Pick<Missed, "occurredAt" | "reason" | "voicemailUrl">,
  timeZone: string,
  now = new Date(),
): string {
  const sameDay = day(timeZone).format(missed.occurredAt) === day(timeZone).format(now);
  const when = sameDay
    ? `at ${clock(timeZone).format(missed.occurredAt)}`
    : `on ${day(timeZone).format(missed.occurredAt)} at ${clock(timeZone).format(missed.occurredAt)}`;
  const why = missed.reason ? REASON_TEXT[missed.reason] : " and we missed it";
  return `Called ${when}${why}${missed.voicemailUrl ? "; left a voicemail" : ""}`;
}

/** "Asked us to call back (call on Nov 24)". */
export function previousInteractionForTask(sourceCallAt: Date, timeZone: string): string {
  return `Asked us to call back (call on ${day(timeZone).format(sourceCallAt)})`;
}

/** Why we call back, in the caller's terms, from what the phone system told us. */
const REASON_FOR_CALLBACK: Record<MissedCallReason, string> = {
  after_hours: "They called after hours, when we were closed",
  no_answer: "They called and nobody answered",
  abandoned: "They hung up while waiting on hold",
  busy: "They called while the line was busy",
};

/**
 * The callback reason the form starts with: why they called as far as we know it (the reason the
 * phone system gave, and that they left a voicemail), for the dispatcher to edit. The feed
 * carries no voicemail transcript (CONTRACT.md §4), so the assistant is told to ask.
 */
export function callbackReasonForMissed(missed: Pick<Missed, "reason" | "voicemailUrl">): string {
  const why = missed.reason ? REASON_FOR_CALLBACK[missed.reason] : "We missed their call";
  return `${why}${missed.voicemailUrl ? " and left a voicemail" : ""}; find out what they need`;
}

/** The place-call form's starting values for returning a missed call; every field stays editable. */
export function formValuesForMissed(
  missed: Missed,
  opts: { timeZone: string; assistantId: string | null; phoneNumber: string; now?: Date },
): Partial<PlaceCallInput> {
  return {
    customerId: missed.customerId,
    phoneNumber: opts.phoneNumber,
    purpose: "callback",
    ...(opts.assistantId ? { assistantId: opts.assistantId } : {}),
    context: {
      callbackReason: callbackReasonForMissed(missed),
      previousInteraction: previousInteractionFor(missed, opts.timeZone, opts.now),
    },
    slots: [],
    missedCallId: missed.id,
  };
}

export const CALL_BACK_NOW_REASON = "Returning a missed call";

/** "Call back now": the same call with the default callback assistant and a generic reason. */
export function callBackNowValues(
  missed: Missed,
  opts: {
    timeZone: string;
    assistantId: string;
    requestKey: string;
    scheduleIfOutsideHours?: boolean;
    confirmDuplicate?: boolean;
    now?: Date;
  },
): PlaceCallValues {
  return {
    requestKey: opts.requestKey,
    customerId: missed.customerId,
    phoneNumber: missed.fromPhone,
    purpose: "callback",
    assistantId: opts.assistantId,
    context: { callbackReason: CALL_BACK_NOW_REASON, previousInteraction: previousInteractionFor(missed, opts.timeZone, opts.now) },
    slots: [],
    maxDuration: 600,
    recordCall: false,
    missedCallId: missed.id,
    scheduleIfOutsideHours: opts.scheduleIfOutsideHours,
    confirmDuplicate: opts.confirmDuplicate,
  };
}
