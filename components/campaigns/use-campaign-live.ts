"use client";

import { useCallback, useState } from "react";
import { useEventStream, type LiveState } from "@/components/live/use-event-stream";
import type { CampaignLive } from "@/lib/campaigns/view";
import { readRoute } from "@/lib/routes/read-route";

/** The campaign's progress, patched by the campaigns stream; re-read when the stream may have missed something. */
export function useCampaignLive(initial: CampaignLive): { live: CampaignLive; state: LiveState } {
  const [live, setLive] = useState(initial);
  const onEvent = useCallback(
    (e: CampaignLive) => {
      if (e.campaignId === initial.campaignId) setLive(e);
    },
    [initial.campaignId],
  );
  const onReset = useCallback(() => {
    void readRoute<CampaignLive>("/api/campaigns/progress", { campaignId: initial.campaignId }).then((r) => {
      if (r.ok) setLive(r.data);
    });
  }, [initial.campaignId]);
  const state = useEventStream<CampaignLive>("/api/live/campaigns", "campaign", { onEvent, onReset });
  return { live, state };
}
