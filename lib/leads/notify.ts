import { sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";

export const LEAD_CHANNEL = "callboard_leads";

/** Tells every app instance a lead changed; ids only, receivers read the row themselves. */
export async function notifyLeadChanged({ workspaceId, leadId }: { workspaceId: string; leadId: string }, tx: DbOrTx = db) {
  await tx.execute(sql`select pg_notify(${LEAD_CHANNEL}, ${`${workspaceId}:${leadId}`})`);
}
