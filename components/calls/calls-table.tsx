import Link from "next/link";
import { formatShortDateTime } from "@/lib/format/time";
import type { CallsListRow } from "@/db/queries/calls-list";
import { Badge } from "@/components/ui/badge";
import { formatPhone } from "@/lib/phone";
import { statusDisplay, purposeLabels } from "@/lib/labels";

export function CallsTable({ calls, timeZone }: { calls: CallsListRow[]; timeZone: string }) {
  if (calls.length === 0) {
    return (
      <div className="rounded-lg border border-dashed border-slate-300 p-10 text-center text-sm text-slate-500 dark:text-slate-400 dark:border-slate-700">
        No calls yet. Place the first one from “Place call”.
      </div>
    );
  }
  const time = { format: (d: Date) => formatShortDateTime(d, timeZone) };
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <table className="min-w-full text-sm">
        <caption className="sr-only">Recent calls</caption>
        <thead className="bg-slate-50 text-left text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400 dark:bg-slate-800/60">
          <tr>
            <th scope="col" className="px-3 py-2">
              Placed
            </th>
            <th scope="col" className="px-3 py-2">
              Customer
            </th>
            <th scope="col" className="px-3 py-2">
              Purpose
            </th>
            <th scope="col" className="px-3 py-2">
              Assistant
            </th>
            <th scope="col" className="px-3 py-2">
              Status
            </th>
            <th scope="col" className="px-3 py-2">
              Provider call ID
            </th>
            <th scope="col" className="hidden px-3 py-2 lg:table-cell">
              Placed by
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {calls.map((c) => {
            const s = statusDisplay[c.status];
            return (
              <tr key={c.id} className="align-top">
                <td className="whitespace-nowrap px-3 py-2 text-slate-600 dark:text-slate-400">{time.format(c.createdAt)}</td>
                <td className="px-3 py-2">
                  <Link
                    href={`/calls/${c.id}`}
                    className="font-medium text-slate-900 underline-offset-2 hover:underline dark:text-slate-100"
                  >
                    {c.customerName}
                  </Link>
                  <div className="text-xs text-slate-500 dark:text-slate-400">{formatPhone(c.phoneNumber)}</div>
                </td>
                <td className="px-3 py-2">{purposeLabels[c.purpose]}</td>
                <td className="px-3 py-2">{c.assistantName}</td>
                <td className="px-3 py-2">
                  <Badge tone={s.tone}>{s.label}</Badge>
                  {c.lastError ? <p className="mt-1 max-w-xs text-xs text-slate-600 dark:text-slate-400">{c.lastError}</p> : null}
                </td>
                <td className="px-3 py-2 font-mono text-xs">{c.providerCallId ?? "—"}</td>
                <td className="hidden px-3 py-2 lg:table-cell">{c.placedByName ?? "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
