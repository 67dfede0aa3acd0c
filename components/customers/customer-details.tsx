import { Badge } from "@/components/ui/badge";
import { formatWeekdayTime, zoneName } from "@/lib/format/time";
import type { Customer } from "@/db/schema";
import { formatPhone } from "@/lib/phone";

const SOURCE = { customer: "set on the record", phone: "from the number", workspace: "the workspace's zone" } as const;

/** Contact details and where the customer is: their zone and what time it is there now. */
export function CustomerDetails({ customer, zones }: { customer: Customer; zones: { zones: string[]; source: keyof typeof SOURCE } }) {
  const now = new Date();
  const local = zones.zones.map((zone) => ({
    zone,
    time: formatWeekdayTime(now, zone),
  }));
  return (
    <section aria-labelledby="details-heading" className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <h2 id="details-heading" className="sr-only">
        Contact details
      </h2>
      <dl className="grid grid-cols-[7rem_minmax(0,1fr)] gap-x-3 gap-y-2 text-sm">
        <dt className="text-slate-500 dark:text-slate-400">Phone</dt>
        <dd className="tabular-nums">{formatPhone(customer.phone)}</dd>
        {customer.preferredName && (
          <>
            <dt className="text-slate-500 dark:text-slate-400">Goes by</dt>
            <dd>{customer.preferredName}</dd>
          </>
        )}
        <dt className="text-slate-500 dark:text-slate-400">Email</dt>
        <dd className="break-words">{customer.email ?? "—"}</dd>
        <dt className="text-slate-500 dark:text-slate-400">Address</dt>
        <dd>{customer.address ?? "—"}</dd>
        <dt className="text-slate-500 dark:text-slate-400">Local time</dt>
        <dd>
          {local.map((l) => (
            <span key={l.zone} className="block">
              {l.time} <span className="text-slate-500">({zoneName(l.zone)})</span>
            </span>
          ))}
          <span className="text-xs text-slate-500">Zone {SOURCE[zones.source]}</span>
        </dd>
        <dt className="text-slate-500 dark:text-slate-400">Status</dt>
        <dd className="space-x-1">
          {customer.verified ? <Badge tone="success">Verified</Badge> : <Badge tone="warning">Unverified</Badge>}
          {customer.doNotCall && <Badge tone="danger">Do not call</Badge>}
        </dd>
        {customer.notes && (
          <>
            <dt className="text-slate-500 dark:text-slate-400">Notes</dt>
            <dd className="whitespace-pre-line">{customer.notes}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
