import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { CustomerListRow } from "@/db/queries/customer-list";
import { formatPhone } from "@/lib/phone";

export function CustomersTable({ rows }: { rows: CustomerListRow[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Customers by name</caption>
        <thead className="bg-slate-50 text-xs text-slate-500 uppercase dark:bg-slate-900 dark:text-slate-400">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Name
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Phone
            </th>
            <th scope="col" className="hidden px-3 py-2 font-medium md:table-cell">
              Address
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              <span className="sr-only">State</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {rows.map((c) => (
            <tr key={c.id} className="hover:bg-slate-50 dark:hover:bg-slate-900/60">
              <td className="px-3 py-2">
                <Link href={`/customers/${c.id}`} className="font-medium text-slate-900 hover:underline dark:text-slate-100">
                  {c.name}
                </Link>
                {c.preferredName && <span className="text-slate-500"> · {c.preferredName}</span>}
              </td>
              <td className="px-3 py-2 whitespace-nowrap tabular-nums">{formatPhone(c.phone)}</td>
              <td className="hidden px-3 py-2 text-slate-600 md:table-cell dark:text-slate-400">{c.address ?? "—"}</td>
              <td className="space-x-1 px-3 py-2 text-right whitespace-nowrap">
                {c.doNotCall && <Badge tone="danger">Do not call</Badge>}
                {!c.verified && <Badge tone="warning">Unverified</Badge>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
