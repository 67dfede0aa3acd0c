import { formatDateTime, parseInstant } from "@/lib/format/time";
import { buildOutcome } from "@/components/call-detail/outcome-view";
import { isOutcomeType as isKnownOutcome, outcomeDisplay as outcomeLabels } from "@/lib/labels";
import type { ReviewAuditEntry } from "@/db/queries/reviews";
import type { CallOutcome } from "@/db/schema";
import type { AuditLine } from "./types";

const KIND_LABELS: Record<string, string> = {
  escalation: "Escalation",
  needs_review: "Needs review",
  failed: "Call failed",
  stuck: "Stuck call",
};

export function outcomeLabel(type: unknown): string {
  if (typeof type !== "string" || !type) return "No outcome";
  return isKnownOutcome(type) ? outcomeLabels[type].label : `Unknown “${type}”`;
}

const text = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);
const quoted = (v: unknown) => (text(v) ? `“${text(v)}”` : "none");
const rating = (v: unknown) => (typeof v === "number" ? `${v} of 5` : "none");
const yesNo = (v: unknown) => (v ? "Yes" : "No");
const asOutcome = (v: unknown): CallOutcome | null =>
  v && typeof v === "object" && typeof (v as { type?: unknown }).type === "string" ? (v as CallOutcome) : null;

function changed(label: string, before: unknown, after: unknown, show: (v: unknown) => string): AuditLine[] {
  return JSON.stringify(before ?? null) === JSON.stringify(after ?? null) ? [] : [{ label, before: show(before), after: show(after) }];
}

/** Turns one audit entry's before and after into lines a manager reads: "Rating: none → 4 of 5". */
export function describeAudit(entry: ReviewAuditEntry, timeZone: string): { title: string; lines: AuditLine[] } {
  const b = entry.before ?? {};
  const a = entry.after ?? {};
  switch (entry.action) {
    case "call.review": {
      const title = a.reviewed && !b.reviewed ? "Marked reviewed" : !a.reviewed && b.reviewed ? "Review mark removed" : "Review edited";
      return {
        title,
        lines: [
          ...changed("Reviewed", b.reviewed, a.reviewed, yesNo),
          ...changed("Rating", b.rating, a.rating, rating),
          ...changed("Review note", b.note, a.note, quoted),
        ],
      };
    }
    case "call.reclassify": {
      const before = asOutcome(b.outcome);
      const after = asOutcome(a.outcome);
      const details = after ? (buildOutcome(after, { appointment: null, callbackTask: null }, timeZone)?.details ?? []) : [];
      return {
        title: "Outcome reclassified",
        lines: [
          { label: "Outcome", before: outcomeLabel(b.outcomeType), after: outcomeLabel(a.outcomeType) },
          ...(text(a.reason) ? [{ label: "Reason", before: null, after: text(a.reason)! }] : []),
          ...changed("Outcome notes", before?.notes, after?.notes, quoted),
          ...details.map((d) => ({ label: d.label, before: null, after: d.value })),
        ],
      };
    }
    case "attention.resolve":
      return {
        title: `Resolved from the attention list`,
        lines: [
          { label: "Item", before: null, after: KIND_LABELS[String(a.kind)] ?? String(a.kind) },
          ...(text(a.note) ? [{ label: "Note", before: null, after: text(a.note)! }] : []),
        ],
      };
    default: {
      // An action this panel does not know yet still shows every field that changed.
      const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
      const show = (v: unknown) => (v === undefined || v === null ? "none" : typeof v === "string" ? v : JSON.stringify(v));
      return { title: entry.action, lines: keys.flatMap((k) => changed(k, b[k], a[k], show)) };
    }
  }
}

export function auditTime(iso: string, timeZone: string): string {
  const d = parseInstant(iso);
  return d ? formatDateTime(d, timeZone) : iso;
}
