import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { LeadItem } from "@/lib/leads/item";

const callLink = "font-medium text-brand-600 underline-offset-2 hover:underline dark:text-brand-100";
const muted = "text-xs text-slate-600 dark:text-slate-400";

/** Who has the lead, when a held call goes out, how it ended, and why the assistant did not call. */
export function LeadStatus({ item, formats }: { item: LeadItem; formats: { clock: Intl.DateTimeFormat; when: Intl.DateTimeFormat } }) {
  const viewCall = item.callId ? (
    <Link href={`/calls/${item.callId}`} className={callLink}>
      View call
    </Link>
  ) : null;
  const note = item.autoCallNote ? <span className={muted}>{item.autoCallNote}</span> : null;
  switch (item.status) {
    case "open":
      return (
        <div className="flex max-w-xs flex-col items-start gap-0.5 text-sm">
          <Badge tone="warning">Open</Badge>
          {note}
        </div>
      );
    case "calling":
      return (
        <div className="flex flex-col gap-0.5 text-sm">
          <span className="font-medium text-sky-800 dark:text-sky-200">
            {item.scheduledFor ? "Scheduled" : "Calling"} — by {item.claimedByName ?? "the lead assistant"}
          </span>
          {item.scheduledFor && (
            <span className={muted}>Calling hours open {formats.when.format(new Date(item.scheduledFor))} (your time)</span>
          )}
          {viewCall}
        </div>
      );
    case "resolved":
      return (
        <div className="flex flex-col items-start gap-0.5 text-sm">
          <Badge tone="success">Reached</Badge>
          {item.resolvedAt && <span className={muted}>at {formats.clock.format(new Date(item.resolvedAt))}</span>}
          {viewCall}
        </div>
      );
    case "dismissed":
      return (
        <div className="flex flex-col items-start gap-0.5 text-sm">
          <Badge>Dismissed</Badge>
          {item.dismissedReason && <span className={muted}>{item.dismissedReason}</span>}
        </div>
      );
  }
}
