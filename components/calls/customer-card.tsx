import { Badge } from "@/components/ui/badge";
import type { CustomerOption } from "@/lib/calls/types";
import { formatPhone } from "@/lib/phone";

export function CustomerCard({ customer }: { customer: CustomerOption }) {
  return (
    <div
      className={
        customer.doNotCall
          ? "rounded-md border border-red-300 bg-red-50 p-3 dark:border-red-800 dark:bg-red-950/40"
          : "rounded-md border border-slate-200 bg-slate-50 p-3 dark:border-slate-700 dark:bg-slate-800/50"
      }
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <span className="font-medium text-slate-900 dark:text-slate-100">{customer.name}</span>
        {customer.preferredName && <span className="text-sm text-slate-600 dark:text-slate-400">Goes by {customer.preferredName}</span>}
        <span className="text-sm text-slate-700 tabular-nums dark:text-slate-300">{formatPhone(customer.phone)}</span>
        {customer.doNotCall && <Badge tone="danger">Do not call</Badge>}
      </div>
      {customer.doNotCall && (
        <p className="mt-2 text-sm text-red-800 dark:text-red-300">
          {customer.doNotCallReason ? `Reason: ${customer.doNotCallReason}. ` : ""}
          This customer is on the do-not-call list, so the call will be refused.
        </p>
      )}
    </div>
  );
}
