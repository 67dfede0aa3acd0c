import Link from "next/link";
import { InstantFormatter } from "@/lib/format/time";
import { Badge } from "@/components/ui/badge";
import type { MissedCallItem } from "@/lib/missed-calls/item";

const callLink = "font-medium text-brand-600 underline-offset-2 hover:underline dark:text-brand-100";

/** Who has the missed call, and how it ended; the call placed for it is one click away. */
export function StatusCell({ item, clock }: { item: MissedCallItem; clock: InstantFormatter }) {
  const at = (iso: string | null) => (iso ? ` at ${clock.format(new Date(iso))}` : "");
  const viewCall = item.callId ? (
    <Link href={`/calls/${item.callId}`} className={callLink}>
      View call
    </Link>
  ) : null;

  switch (item.status) {
    case "open":
      return <Badge tone="warning">Open</Badge>;
    case "calling":
      return (
        <div className="flex flex-col gap-0.5 text-sm">
          <span className="font-medium text-sky-800 dark:text-sky-200">
            Calling{item.claimedByName ? ` — by ${item.claimedByName}` : ""}
            {at(item.claimedAt)}
          </span>
          {viewCall}
        </div>
      );
    case "resolved":
      return (
        <div className="flex flex-col items-start gap-0.5 text-sm">
          <Badge tone="success">Resolved</Badge>
          <span className="text-xs text-slate-600 dark:text-slate-400">
            {item.claimedByName ? `Called back by ${item.claimedByName}` : "Called back"}
            {at(item.resolvedAt)}
          </span>
          {viewCall}
        </div>
      );
    case "dismissed":
      return (
        <div className="flex flex-col items-start gap-0.5 text-sm">
          <Badge>Dismissed</Badge>
          <span className="text-xs text-slate-600 dark:text-slate-400">
            {item.dismissedByName ? `By ${item.dismissedByName}` : ""}
            {item.dismissedReason ? `: ${item.dismissedReason}` : ""}
          </span>
        </div>
      );
  }
}
