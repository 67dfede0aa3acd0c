import { handle } from "@/db";
import { FanoutHub } from "@/lib/live/fanout-hub";
import { CAMPAIGN_CHANNEL } from "./notify";
import { loadCampaignLive, type CampaignLive } from "./view";

/** Campaign progress for the campaign pages: one NOTIFY per scheduler tick or command, one read per burst. */
class CampaignHub extends FanoutHub<CampaignLive> {
  constructor() {
    super("campaign", 200);
  }

  protected async listen() {
    await handle().listen(CAMPAIGN_CHANNEL, (payload) => this.onNotify(payload));
  }

  private onNotify(payload: string) {
    const [workspaceId, campaignId] = payload.split(":");
    if (!workspaceId || !campaignId || !this.watched(workspaceId)) return;
    this.refresh(payload, async () => {
      const live = await loadCampaignLive({ workspaceId, campaignId });
      if (live) this.publish(workspaceId, live);
    });
  }
}

const globalForHub = globalThis as unknown as { callboardCampaignHub?: CampaignHub };

export function campaignHub(): CampaignHub {
  return (globalForHub.callboardCampaignHub ??= new CampaignHub());
}
