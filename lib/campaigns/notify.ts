import { sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";

export const CAMPAIGN_CHANNEL = "callboard_campaigns";

/** One NOTIFY per tick or command at most: the campaign page re-reads its progress. */
export async function notifyCampaignChanged({ workspaceId, campaignId }: { workspaceId: string; campaignId: string }, tx: DbOrTx = db) {
  await tx.execute(sql`select pg_notify(${CAMPAIGN_CHANNEL}, ${`${workspaceId}:${campaignId}`})`);
}
