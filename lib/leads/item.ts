import type { LeadRow } from "@/db/queries/leads";
import type { CallStatus, LeadStatus } from "@/db/schema/enums";

/** A lead as the list shows it, with instants as ISO strings so it crosses to the browser. */
export type LeadItem = {
  id: string;
  name: string;
  phone: string;
  email: string | null;
  address: string | null;
  serviceRequested: string | null;
  source: string;
  notes: string | null;
  customerId: string;
  customerVerified: boolean;
  status: LeadStatus;
  claimedByName: string | null;
  claimedAt: string | null;
  callId: string | null;
  callStatus: CallStatus | null;
  scheduledFor: string | null;
  autoCallNote: string | null;
  receivedAt: string;
  resolvedAt: string | null;
  dismissedReason: string | null;
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toLeadItem(row: LeadRow): LeadItem {
  return {
    ...row,
    claimedAt: iso(row.claimedAt),
    // Only while the call is held: once it went out the time is history.
    scheduledFor: row.callStatus === "scheduled" ? iso(row.scheduledFor) : null,
    receivedAt: row.receivedAt.toISOString(),
    resolvedAt: iso(row.resolvedAt),
  };
}
