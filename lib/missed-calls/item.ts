import type { MissedCallRow } from "@/db/queries/missed-calls";
import type { MissedCallReason, MissedCallStatus } from "@/db/schema/enums";

/** A missed call as the list shows it, with instants as ISO strings so it crosses to the browser. */
export type MissedCallItem = {
  id: string;
  fromPhone: string;
  occurredAt: string;
  callerName: string | null;
  reason: MissedCallReason | null;
  voicemailUrl: string | null;
  customerId: string;
  customerName: string;
  customerVerified: boolean;
  status: MissedCallStatus;
  claimedByName: string | null;
  claimedAt: string | null;
  callId: string | null;
  resolvedAt: string | null;
  dismissedByName: string | null;
  dismissedReason: string | null;
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toMissedCallItem(row: MissedCallRow): MissedCallItem {
  return {
    ...row,
    occurredAt: row.occurredAt.toISOString(),
    claimedAt: iso(row.claimedAt),
    resolvedAt: iso(row.resolvedAt),
  };
}
