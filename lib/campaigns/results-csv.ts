import { listCampaignRows } from "@/db/queries/campaigns";
import type { Campaign } from "@/db/schema";
import { csvRow } from "@/lib/outcomes/csv";

const HEADER = ["row", "name", "phone", "state", "attempts", "outcome", "reason", "call_id"];

/** The campaign's rows as CSV, a page at a time so 10,000 rows never sit in memory. */
export function campaignResultsStream(campaign: Campaign): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after = 0;
  let started = false;
  return new ReadableStream({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(csvRow(HEADER)));
      }
      const rows = await listCampaignRows({ campaignId: campaign.id, after, limit: 1000 });
      if (rows.length === 0) return controller.close();
      after = rows[rows.length - 1].rowNumber;
      controller.enqueue(
        encoder.encode(
          rows.map((r) => csvRow([r.rowNumber, r.name, r.phone, r.state, r.attempt, r.outcomeType, r.reason, r.callId])).join(""),
        ),
      );
    },
  });
}
