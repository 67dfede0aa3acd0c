import type { Appointment, CallbackTask, CallOutcome } from "@/db/schema";
import { formatCalendarDate, formatDateTime, formatUsd, parseInstant } from "@/lib/format/time";
import type { OutcomeView, Row } from "./types";

import { isOutcomeType as isKnownOutcome, outcomeDisplay as outcomeLabels } from "@/lib/labels";

type Related = { appointment: Appointment | null; callbackTask: CallbackTask | null };

function detailsFor(outcome: CallOutcome, { appointment, callbackTask }: Related, timeZone: string): Row[] {
  const rows: Row[] = [];
  const when = (iso: string | null | undefined, fallback?: Date | null) => {
    const d = parseInstant(iso) ?? fallback ?? null;
    return d ? formatDateTime(d, timeZone) : iso || null;
  };
  switch (outcome.type) {
    case "appointment_scheduled": {
      const start = when(outcome.appointment_start, appointment?.startsAt);
      rows.push({ label: "Appointment", value: start ?? "No start time given" });
      const id = outcome.appointment_id ?? appointment?.providerAppointmentId;
      if (id) rows.push({ label: "Appointment ID", value: id });
      break;
    }
    case "callback_requested": {
      rows.push({ label: "Call back", value: when(outcome.callback_at, callbackTask?.callbackAt) ?? "Any time (no time asked for)" });
      if (callbackTask) rows.push({ label: "Callback task", value: callbackTask.completedAt ? "Done" : "Open" });
      break;
    }
    case "payment_promised": {
      const amount = typeof outcome.amount === "number" ? formatUsd(outcome.amount) : "Amount not given";
      rows.push({ label: "Amount", value: amount });
      rows.push({ label: "Promised by", value: outcome.promised_date ? formatCalendarDate(outcome.promised_date) : "No date given" });
      break;
    }
  }
  return rows;
}

export function buildOutcome(outcome: CallOutcome | null, related: Related, timeZone: string): OutcomeView | null {
  if (!outcome) return null;
  const known = isKnownOutcome(outcome.type) ? outcomeLabels[outcome.type] : null;
  return {
    label: known?.label ?? `Unknown outcome “${outcome.type}”`,
    tone: known?.tone ?? "warning",
    type: outcome.type,
    notes: typeof outcome.notes === "string" && outcome.notes.trim() ? outcome.notes.trim() : null,
    details: detailsFor(outcome, related, timeZone),
  };
}

/** Why a completed call waits for a person, in the words of the attention list. */
export function reviewReason(outcome: CallOutcome | null): string {
  if (!outcome) return "The call completed without an outcome.";
  return `The provider reported an outcome type the dashboard does not know: “${outcome.type}”.`;
}
