import type { Metadata } from "next";
import Link from "next/link";
import { listCampaigns } from "@/db/queries/campaigns";
import { buttonClasses } from "@/components/ui/button";
import { requireMember } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { purposeLabels } from "@/lib/labels";

export const metadata: Metadata = { title: "Campaigns" };
export const dynamic = "force-dynamic";

const th = "px-3 py-2 font-medium";
const td = "px-3 py-2";

export default async function CampaignsPage() {
  const member = await requireMember(can.runCampaigns);
  const rows = await listCampaigns({ workspaceId: member.workspace.id });
  const day = new Intl.DateTimeFormat("en-US", { timeZone: member.workspace.timeZone, month: "short", day: "numeric" });
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-lg font-semibold">Campaigns</h1>
        <Link href="/campaigns/new" className={buttonClasses({ variant: "primary", size: "sm" })}>
          New campaign
        </Link>
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <table className="min-w-full text-sm">
          <caption className="sr-only">Campaigns, newest first</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-left text-xs text-slate-600 dark:border-slate-800 dark:bg-slate-800/60 dark:text-slate-400">
            <tr>
              <th scope="col" className={th}>
                Campaign
              </th>
              <th scope="col" className={th}>
                Purpose
              </th>
              <th scope="col" className={th}>
                Status
              </th>
              <th scope="col" className={th}>
                Rows finished
              </th>
              <th scope="col" className={th}>
                Created
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.id} className="border-b border-slate-100 dark:border-slate-800">
                <td className={td}>
                  <Link
                    href={`/campaigns/${c.id}`}
                    className="font-medium text-brand-600 underline-offset-2 hover:underline dark:text-brand-100"
                  >
                    {c.name}
                  </Link>
                </td>
                <td className={td}>{purposeLabels[c.purpose]}</td>
                <td className={td}>{c.status}</td>
                <td className={`${td} tabular-nums`}>
                  {c.finished} of {c.rows}
                </td>
                <td className={td}>{day.format(c.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p className="p-8 text-center text-sm text-slate-600 dark:text-slate-400">No campaigns yet.</p>}
      </div>
    </div>
  );
}
