import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { findCampaign } from "@/db/queries/campaigns";
import { CampaignDetail } from "@/components/campaigns/campaign-detail";
import { requireMember } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { campaignLive } from "@/lib/campaigns/view";
import { clockOf, retryLabels } from "@/lib/validation/campaign";

export const metadata: Metadata = { title: "Campaign" };
export const dynamic = "force-dynamic";

export default async function CampaignPage({ params }: { params: Promise<{ id: string }> }) {
  const member = await requireMember(can.runCampaigns);
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const campaign = await findCampaign({ workspaceId: member.workspace.id, id });
  if (!campaign) notFound();
  const live = await campaignLive(campaign);
  const retries =
    campaign.retryOn.length === 0
      ? "None"
      : `${campaign.retryOn.map((r) => retryLabels[r].toLowerCase()).join(", ")}: again after ${campaign.retryAfterHours} h, at most ${campaign.maxAttempts} attempts`;
  return (
    <CampaignDetail
      key={campaign.id}
      initial={live}
      allowedCountries={member.workspace.allowedCountries}
      timeZone={member.workspace.timeZone}
      summary={{
        id: campaign.id,
        name: campaign.name,
        template: campaign.contextTemplate,
        window: `${campaign.startDate} to ${campaign.endDate}, ${clockOf(campaign.dailyStartMinute)}–${clockOf(campaign.dailyEndMinute)}`,
        pace: `${campaign.ratePerMinute} calls a minute, at most ${campaign.maxInFlight} at once`,
        retries,
      }}
    />
  );
}
