import { sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { executeRows } from "@/db/raw";

/** Calls created in the last `hours`, by status, across workspaces: an operator's metric. */
export async function countRecentCallsByStatus({ hours }: { hours: number }, tx: DbOrTx = db) {
  return executeRows<{ status: string; count: number }>(
    tx,
    sql`select status::text as status, count(*)::int as count from calls
        where created_at > now() - make_interval(hours => ${hours}) group by status`,
  );
}
