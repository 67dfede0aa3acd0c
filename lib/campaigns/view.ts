import { campaignProgress, findCampaign, listCampaignRows } from "@/db/queries/campaigns";
import type { Campaign } from "@/db/schema";
import type { CampaignStatus } from "@/db/schema/enums";

/** What the campaign page shows live: status, counts by row state and outcome, rate, ETA. */
export type CampaignLive = {
  campaignId: string;
  status: CampaignStatus;
  total: number;
  byState: Record<string, number>;
  byOutcome: Record<string, number>;
  /** Calls placed in the last minute, against the setting. */
  lastMinute: number;
  ratePerMinute: number;
  /** Minutes until the rows not yet finished are dialled at the set pace (retries not counted). */
  etaMinutes: number | null;
};

export async function campaignLive(campaign: Campaign): Promise<CampaignLive> {
  const progress = await campaignProgress({ workspaceId: campaign.workspaceId, campaignId: campaign.id });
  const toDial = (progress.byState.queued ?? 0) + (progress.byState.waiting ?? 0);
  return {
    campaignId: campaign.id,
    status: campaign.status,
    ...progress,
    ratePerMinute: campaign.ratePerMinute,
    etaMinutes: campaign.status === "running" || campaign.status === "paused" ? Math.ceil(toDial / campaign.ratePerMinute) : null,
  };
}

export async function loadCampaignLive({ workspaceId, campaignId }: { workspaceId: string; campaignId: string }) {
  const campaign = await findCampaign({ workspaceId, id: campaignId });
  return campaign ? campaignLive(campaign) : null;
}

export type CampaignRowItem = {
  id: number;
  rowNumber: number;
  phone: string;
  name: string;
  state: string;
  attempt: number;
  nextAt: string;
  callId: string | null;
  outcomeType: string | null;
  reason: string | null;
};

export const PROBLEM_STATES = ["refused", "failed", "waiting"];

export async function loadCampaignRows({
  campaignId,
  problems,
  after,
}: {
  campaignId: string;
  problems: boolean;
  after?: number;
}): Promise<CampaignRowItem[]> {
  const rows = await listCampaignRows({ campaignId, states: problems ? PROBLEM_STATES : undefined, after, limit: 100 });
  return rows.map((r) => ({ ...r, nextAt: r.nextAt.toISOString() }));
}
