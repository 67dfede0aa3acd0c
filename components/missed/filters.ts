import type { MissedCallItem } from "@/lib/missed-calls/item";
import { missedCallReasons, type MissedCallReason } from "@/lib/validation/missed-call";

/** Kept in the URL (?status=…&reason=…) so a view can be shared; no status means open and calling. */
export const statusFilters = ["active", "open", "calling", "resolved", "dismissed", "all"] as const;
export type StatusFilter = (typeof statusFilters)[number];

export const statusFilterLabels: Record<StatusFilter, string> = {
  active: "Open and calling back",
  open: "Open",
  calling: "Calling back",
  resolved: "Resolved",
  dismissed: "Dismissed",
  all: "All",
};

export type MissedFilters = { status: StatusFilter; reason: MissedCallReason | null };

type Params = { get(name: string): string | null };

export function readFilters(params: Params): MissedFilters {
  const status = params.get("status");
  const reason = params.get("reason");
  return {
    status: status && (statusFilters as readonly string[]).includes(status) ? (status as StatusFilter) : "active",
    reason: reason && (missedCallReasons as readonly string[]).includes(reason) ? (reason as MissedCallReason) : null,
  };
}

export function matches(item: MissedCallItem, f: MissedFilters): boolean {
  if (f.reason && item.reason !== f.reason) return false;
  if (f.status === "all") return true;
  if (f.status === "active") return item.status === "open" || item.status === "calling";
  return item.status === f.status;
}

const rank = { open: 0, calling: 1, resolved: 2, dismissed: 2 } as const;

/** Open first, the longest wait at the top; then those being called back; then the latest closed. */
export function byUrgency(a: MissedCallItem, b: MissedCallItem): number {
  const r = rank[a.status] - rank[b.status];
  if (r !== 0) return r;
  if (rank[a.status] < 2) return Date.parse(a.occurredAt) - Date.parse(b.occurredAt);
  return Date.parse(b.resolvedAt ?? b.occurredAt) - Date.parse(a.resolvedAt ?? a.occurredAt);
}
