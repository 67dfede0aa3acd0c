import type { CustomerTimelineSources } from "@/db/queries/customer-timeline";
import { formatMediumDateTime } from "@/lib/format/time";
import { outcomeDisplayOf, statusDisplay, type StatusTone, purposeLabels, reasonLabels } from "@/lib/labels";
import { appointmentStatusLabels } from "@/lib/validation/appointment";

export type TimelineKind = "call" | "missed" | "callback" | "appointment" | "payment" | "review" | "note" | "do_not_call";

/** One line of a customer's history, ready to show; `at` is ISO so it crosses to the browser. */
export type TimelineEntry = {
  key: string;
  kind: TimelineKind;
  at: string;
  title: string;
  badge?: { label: string; tone: StatusTone };
  detail?: string;
  href?: string;
  by?: string | null;
};

const money = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });

/**
 * Merges the sources into one list, newest first. A call also yields its promised payment and its
 * review as entries of their own, at the moment each happened, so "when did they promise" reads
 * without opening the call.
 */
export function buildTimeline(s: CustomerTimelineSources, timeZone: string, limit = 200): TimelineEntry[] {
  const slot = { format: (d: Date) => formatMediumDateTime(d, timeZone) };
  const out: TimelineEntry[] = [];
  for (const c of s.callRows) {
    out.push({
      key: `call:${c.id}`,
      kind: "call",
      at: c.createdAt.toISOString(),
      title: `Call · ${purposeLabels[c.purpose]}`,
      badge: c.outcomeType ? outcomeDisplayOf(c.outcomeType) : statusDisplay[c.status],
      detail: c.aiSummary ?? c.outcome?.notes ?? (c.outcomeType ? statusDisplay[c.status].label : undefined),
      href: `/calls/${c.id}`,
    });
    if (c.outcomeType === "payment_promised" && c.outcome) {
      const amount = typeof c.outcome.amount === "number" ? money.format(c.outcome.amount) : "A payment";
      out.push({
        key: `payment:${c.id}`,
        kind: "payment",
        at: (c.endedAt ?? c.createdAt).toISOString(),
        title: `${amount} promised`,
        detail: c.outcome.promised_date ? `Due ${c.outcome.promised_date}` : undefined,
        href: `/calls/${c.id}`,
      });
    }
    if (c.reviewedAt) {
      out.push({
        key: `review:${c.id}`,
        kind: "review",
        at: c.reviewedAt.toISOString(),
        title: c.rating ? `Call reviewed · ${c.rating} of 5` : "Call reviewed",
        detail: c.reviewNote ?? undefined,
        href: `/calls/${c.id}`,
      });
    }
  }
  for (const m of s.missedRows) {
    out.push({
      key: `missed:${m.id}`,
      kind: "missed",
      at: m.occurredAt.toISOString(),
      title: m.reason ? `Missed call · ${reasonLabels[m.reason]}` : "Missed call",
      badge: { label: m.status.charAt(0).toUpperCase() + m.status.slice(1), tone: m.status === "open" ? "warning" : "neutral" },
      href: m.callId ? `/calls/${m.callId}` : "/missed",
    });
  }
  for (const t of s.callbackRows) {
    out.push({
      key: `callback:${t.id}`,
      kind: "callback",
      at: t.createdAt.toISOString(),
      title: "Asked to be called back",
      badge: t.completedAt ? { label: "Done", tone: "neutral" } : { label: "Open", tone: "warning" },
      detail: t.notes ?? undefined,
      href: `/calls/${t.sourceCallId}`,
    });
  }
  for (const a of s.appointmentRows) {
    out.push({
      key: `appointment:${a.id}`,
      kind: "appointment",
      at: a.createdAt.toISOString(),
      title: a.sourceCallId ? "Appointment booked" : "Appointment entered by hand",
      badge: {
        label: appointmentStatusLabels[a.status],
        tone: a.status === "cancelled" ? "neutral" : a.status === "booked" ? "info" : "success",
      },
      detail: [a.startsAt ? `For ${slot.format(a.startsAt)}` : null, a.notes].filter(Boolean).join(" · ") || undefined,
      // The call that booked it; one entered by hand opens its own page.
      href: a.sourceCallId ? `/calls/${a.sourceCallId}` : `/appointments/${a.id}/edit`,
    });
  }
  for (const n of s.noteRows) {
    out.push({ key: `note:${n.id}`, kind: "note", at: n.createdAt.toISOString(), title: "Note", detail: n.body, by: n.byName });
  }
  for (const d of s.doNotCallRows) {
    out.push({
      key: `dnc:${d.id}`,
      kind: "do_not_call",
      at: d.createdAt.toISOString(),
      title: d.source === "manual" ? "Added to do-not-call by hand" : "Asked not to be called",
      badge: { label: "Do not call", tone: "danger" },
      detail: d.reason ?? undefined,
      href: d.sourceCallId ? `/calls/${d.sourceCallId}` : undefined,
      by: d.byName,
    });
  }
  // ISO strings of one format sort as instants; the key breaks ties so the order is stable.
  out.sort((a, b) => (a.at === b.at ? (a.key < b.key ? 1 : -1) : a.at < b.at ? 1 : -1));
  return out.slice(0, limit);
}
