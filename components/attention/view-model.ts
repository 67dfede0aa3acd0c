import "server-only";
import { formatDateTime } from "@/lib/format/time";
import type { OpenAttentionRow } from "@/db/queries/attention";
import { attentionKinds, type AttentionKind } from "@/db/schema/enums";
import { formatPhone } from "@/lib/phone";
import { purposeLabels } from "@/lib/labels";
import type { AttentionGroupView } from "./types";

/** Most urgent first: a customer waiting on a person outranks a record waiting on a label. */
const GROUPS: Record<AttentionKind, { title: string; description: string }> = {
  escalation: {
    title: "Escalations",
    description: "The assistant handed these to a person. Call the customer or pass it on, then resolve.",
  },
  needs_review: {
    title: "Needs review",
    description:
      "Completed calls with no outcome, or one the dashboard does not know. Reclassify or mark reviewed on the call’s page; that also clears them here.",
  },
  failed: { title: "Failed", description: "Calls the provider could not complete. Decide whether to call again." },
  stuck: { title: "Stuck", description: "No word from the provider long after the call was sent. Check the call before placing another." },
  over_capacity: {
    title: "Booked over capacity",
    description:
      "A call booked a slot that was already full. The booking is kept: move it on the appointments page or confirm the extra job.",
  },
};

const ORDER: AttentionKind[] = ["escalation", "over_capacity", "needs_review", "failed", "stuck"];

export function buildAttentionGroups(rows: OpenAttentionRow[], timeZone: string): AttentionGroupView[] {
  const known = new Set<string>(attentionKinds);
  return ORDER.filter((k) => known.has(k)).map((kind) => ({
    kind,
    ...GROUPS[kind],
    rows: rows
      .filter((r) => r.kind === kind)
      .map((r) => ({
        id: r.id,
        kind: r.kind,
        callId: r.callId,
        customerName: r.customerName,
        phone: formatPhone(r.phoneNumber),
        purposeLabel: purposeLabels[r.purpose],
        when: formatDateTime(r.createdAt, timeZone),
        whenIso: r.createdAt.toISOString(),
        detail: r.detail,
      })),
  }));
}
