"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { ConnectionStatus } from "@/components/board/connection-status";
import { buttonClasses } from "@/components/ui/button";
import type { CampaignLive } from "@/lib/campaigns/view";
import { AddCustomers } from "./add-customers";
import { CampaignControls } from "./campaign-controls";
import { CampaignProgress } from "./campaign-progress";
import { CampaignRows } from "./campaign-rows";
import { RecipientsUpload } from "./recipients-upload";
import { useCampaignLive } from "./use-campaign-live";

export type CampaignSummary = { id: string; name: string; template: string; window: string; pace: string; retries: string };

export function CampaignDetail({
  summary,
  initial,
  allowedCountries,
  timeZone,
}: {
  summary: CampaignSummary;
  initial: CampaignLive;
  allowedCountries: string[];
  timeZone: string;
}) {
  const router = useRouter();
  const { live, state } = useCampaignLive(initial);
  const open = live.status === "draft" || live.status === "paused" || live.status === "running";
  const version = JSON.stringify(live.byState);
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex items-center gap-3">
          <h1 className="text-lg font-semibold">
            {summary.name} <span className="font-normal text-slate-500 dark:text-slate-400">· {live.status}</span>
          </h1>
          <ConnectionStatus state={state} />
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href={`/board?campaign=${summary.id}`} className={buttonClasses({ size: "sm" })}>
            Calls on the board
          </Link>
          <a href={`/api/exports/campaigns?campaignId=${summary.id}`} download className={buttonClasses({ size: "sm" })}>
            Download results CSV
          </a>
        </div>
      </div>
      <dl className="grid gap-3 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-xs text-slate-600 dark:text-slate-400">Context template</dt>
          <dd className="break-words">{summary.template}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-600 dark:text-slate-400">Window (each callee’s own time)</dt>
          <dd>{summary.window}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-600 dark:text-slate-400">Pace</dt>
          <dd>{summary.pace}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-600 dark:text-slate-400">Retries</dt>
          <dd>{summary.retries}</dd>
        </div>
      </dl>
      <CampaignControls campaignId={summary.id} status={live.status} rows={live.total} />
      <CampaignProgress live={live} />
      {open && (
        <section
          aria-labelledby="recipients-title"
          className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
        >
          <h2 id="recipients-title" className="text-base font-semibold">
            Add recipients
          </h2>
          <RecipientsUpload
            campaignId={summary.id}
            template={summary.template}
            allowedCountries={allowedCountries}
            onAdded={() => router.refresh()}
          />
          <AddCustomers campaignId={summary.id} onAdded={() => router.refresh()} />
        </section>
      )}
      <CampaignRows campaignId={summary.id} version={version} timeZone={timeZone} />
    </div>
  );
}
