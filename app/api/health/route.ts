import { sql } from "drizzle-orm";
import { db } from "@/db";

export const dynamic = "force-dynamic";

/** Touches the database, so a test runner waiting on it knows migrations and seed are done. */
export async function GET() {
  await db.execute(sql`select 1`);
  return Response.json({ ok: true });
}
