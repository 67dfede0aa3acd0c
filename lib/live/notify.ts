import { sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { CALL_CHANNEL } from "@/lib/webhooks/persist-sql";

/** Tells every app instance a call changed; payload is ids only, receivers read the row. */
export async function notifyCallChanged({ workspaceId, callId }: { workspaceId: string; callId: string }, tx: DbOrTx = db) {
  await tx.execute(sql`select pg_notify(${CALL_CHANNEL}, ${`${workspaceId}:${callId}`})`);
}
