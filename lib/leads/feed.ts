import { feedEndpoint } from "@/lib/ingest/feed-endpoint";
import { leadFeedSchema } from "@/lib/validation/lead";
import { storeLead } from "./store";

/**
 * POST /api/v1/leads: a web form or ad platform sends a new lead with the workspace's ingest token.
 * `onStored` lets the route start the call at once instead of at the worker's next poll.
 */
export function leadFeed(onStored: (jobId: number) => void = () => {}) {
  return feedEndpoint({
    name: "leads",
    reasonPrefix: "lead feed: ",
    schema: leadFeedSchema,
    store: async (workspaceId, lead) => {
      const saved = await storeLead(workspaceId, {
        externalId: lead.external_id,
        name: lead.name,
        phone: lead.phone,
        email: lead.email,
        address: lead.address,
        serviceRequested: lead.service_requested,
        source: lead.source,
        notes: lead.notes,
      });
      if (saved.jobId !== null) onStored(saved.jobId);
      return saved;
    },
  });
}
