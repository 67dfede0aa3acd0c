import { registerJobHandler } from "@/lib/jobs/worker";
import { CAMPAIGN_TICK_JOB } from "@/lib/jobs/kinds";
import { campaignTickJob } from "./tick";

export function registerCampaignJobs() {
  registerJobHandler(CAMPAIGN_TICK_JOB, campaignTickJob);
}
