import type { OutcomeView } from "@/components/call-detail/types";

/** Everything the review panel (a client component) renders: plain, formatted on the server. */

export type AuditLine = { label: string; before: string | null; after: string };

export type AuditItem = { id: number; title: string; actor: string; at: string; atIso: string; lines: AuditLine[] };

export type ReviewPanelView = {
  callId: string;
  /** Changes with every audited write, so the forms reset to what the server now holds. */
  version: string;
  timeZone: string;
  /** "Los Angeles", for hints next to date fields. */
  zoneName: string;
  outcome: OutcomeView | null;
  reclassified: { fromLabel: string; byName: string; at: string; reason: string } | null;
  /** The AI's outcome, shown once a person has changed it; null label text when it reported none. */
  original: OutcomeView | "none" | null;
  /** Why the outcome cannot be reclassified yet, or null when it can. */
  reclassifyBlocked: string | null;
  review: { reviewed: boolean; byLine: string | null; rating: number | null; note: string };
  audit: AuditItem[];
};
