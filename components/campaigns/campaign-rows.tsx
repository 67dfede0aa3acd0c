"use client";

import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Checkbox } from "@/components/ui/checkbox";
import type { CampaignRowItem } from "@/lib/campaigns/view";
import { formatPhone } from "@/lib/phone";
import { readRoute } from "@/lib/routes/read-route";
import { rowStateLabels } from "./campaign-progress";

const th = "px-3 py-2 font-medium";
const td = "px-3 py-2 align-top";

/** The first 100 rows (or those refused, failed or waiting), re-read when the progress moves. */
export function CampaignRows({ campaignId, version, timeZone }: { campaignId: string; version: string; timeZone: string }) {
  const [problems, setProblems] = useState(false);
  const query = useQuery({
    queryKey: ["campaign-rows", campaignId, problems, version],
    queryFn: async () => {
      const r = await readRoute<CampaignRowItem[]>("/api/campaigns/rows", { campaignId, view: problems ? "problems" : "all" });
      if (!r.ok) throw new Error(r.error);
      return r.data;
    },
    placeholderData: (previous) => previous,
  });
  const when = new Intl.DateTimeFormat("en-US", { timeZone, weekday: "short", hour: "numeric", minute: "2-digit" });
  const rows = query.data ?? [];
  return (
    <section aria-labelledby="rows-title" className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="rows-title" className="text-base font-semibold">
          Rows
        </h2>
        <Checkbox label="Only refused, not reached or waiting" checked={problems} onChange={(e) => setProblems(e.target.checked)} />
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <table className="min-w-full text-sm">
          <caption className="sr-only">Campaign rows by row number</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-left text-xs text-slate-600 dark:border-slate-800 dark:bg-slate-800/60 dark:text-slate-400">
            <tr>
              <th scope="col" className={th}>
                Row
              </th>
              <th scope="col" className={th}>
                Recipient
              </th>
              <th scope="col" className={th}>
                State
              </th>
              <th scope="col" className={th}>
                Reason
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-row-number={r.rowNumber} className="border-b border-slate-100 dark:border-slate-800">
                <td className={`${td} tabular-nums`}>{r.rowNumber}</td>
                <td className={td}>
                  <div className="font-medium">{r.name}</div>
                  <div className="text-xs text-slate-600 tabular-nums dark:text-slate-400">{formatPhone(r.phone)}</div>
                </td>
                <td className={td}>
                  <div>{rowStateLabels[r.state] ?? r.state}</div>
                  {r.state === "waiting" && (
                    <div className="text-xs text-slate-600 dark:text-slate-400">until {when.format(new Date(r.nextAt))}</div>
                  )}
                  {r.attempt > 1 && <div className="text-xs text-slate-600 dark:text-slate-400">attempt {r.attempt}</div>}
                </td>
                <td className={`${td} max-w-md`}>
                  <div className="break-words">{r.reason ?? (r.outcomeType ? r.outcomeType.replace(/_/g, " ") : "")}</div>
                  {r.callId && (
                    <Link
                      href={`/calls/${r.callId}`}
                      className="text-xs font-medium text-brand-600 underline-offset-2 hover:underline dark:text-brand-100"
                    >
                      {r.state === "refused" ? "View the blocked call" : "View call"}
                      <span className="sr-only"> for row {r.rowNumber}</span>
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && (
          <p className="p-6 text-center text-sm text-slate-600 dark:text-slate-400">
            {problems ? "No problem rows." : "No recipients yet."}
          </p>
        )}
      </div>
    </section>
  );
}
