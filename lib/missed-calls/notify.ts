import { sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";

export const MISSED_CHANNEL = "callboard_missed";

/** Tells every app instance a missed call changed; ids only, receivers read the row themselves. */
export async function notifyMissedCallChanged(
  { workspaceId, missedCallId }: { workspaceId: string; missedCallId: string },
  tx: DbOrTx = db,
) {
  await tx.execute(sql`select pg_notify(${MISSED_CHANNEL}, ${`${workspaceId}:${missedCallId}`})`);
}
