import type { Metadata } from "next";
import Link from "next/link";
import { FollowUpButton } from "@/components/payments/follow-up-button";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { requireMember } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { formatAmount, loadPromisedPayments, type DueState } from "@/lib/payments/promised";
import { formatPhone } from "@/lib/phone";

export const metadata: Metadata = { title: "Promised payments" };
export const dynamic = "force-dynamic";

const DUE: Record<DueState, { label: string; tone: BadgeTone }> = {
  overdue: { label: "Overdue", tone: "danger" },
  due_today: { label: "Due today", tone: "warning" },
  upcoming: { label: "Upcoming", tone: "info" },
  no_date: { label: "No date given", tone: "neutral" },
};

export default async function PaymentsPage() {
  const member = await requireMember(can.viewCalls);
  const { workspace } = member;
  const rows = await loadPromisedPayments(member);
  const date = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", dateStyle: "medium" });
  const promised = new Intl.DateTimeFormat("en-US", { timeZone: workspace.timeZone, dateStyle: "medium" });
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-lg font-semibold">Promised payments</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Payments customers promised on calls. Overdue ones can be followed up with a payment reminder call; collections rules apply.
        </p>
      </div>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
          No payments have been promised on calls yet.
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Promised payments, overdue first</caption>
            <thead className="bg-slate-50 text-xs text-slate-600 uppercase dark:bg-slate-900 dark:text-slate-400">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  Customer
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Amount
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Due
                </th>
                <th scope="col" className="hidden px-3 py-2 font-medium lg:table-cell">
                  Promised on
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Follow-up
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {rows.map((r) => (
                <tr key={r.callId}>
                  <td className="px-3 py-2">
                    <Link href={`/customers/${r.customerId}`} className="font-medium hover:underline">
                      {r.customerName}
                    </Link>
                    <span className="block text-xs text-slate-600 tabular-nums dark:text-slate-400">{formatPhone(r.customerPhone)}</span>
                  </td>
                  <td className="px-3 py-2 tabular-nums">{formatAmount(r.amount)}</td>
                  <td className="px-3 py-2">
                    <span className="flex flex-wrap items-center gap-2">
                      {r.dueDay ? date.format(new Date(`${r.dueDay}T12:00:00Z`)) : "—"}
                      <Badge tone={DUE[r.due].tone}>{DUE[r.due].label}</Badge>
                    </span>
                  </td>
                  <td className="hidden px-3 py-2 lg:table-cell">
                    <Link href={`/calls/${r.callId}`} className="underline underline-offset-2">
                      {promised.format(r.promisedAt)}
                    </Link>
                  </td>
                  <td className="px-3 py-2">
                    {r.followUp ? (
                      <Link href={`/calls/${r.followUp.id}`} className="underline underline-offset-2">
                        Follow-up placed
                      </Link>
                    ) : r.due === "overdue" && !r.doNotCall ? (
                      <FollowUpButton callId={r.callId} customerName={r.customerName} />
                    ) : r.doNotCall ? (
                      <span className="text-slate-600 dark:text-slate-400">Do not call</span>
                    ) : (
                      <span className="text-slate-600 dark:text-slate-400">Not due yet</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
