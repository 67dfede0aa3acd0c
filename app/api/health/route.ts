import { sql } from "drizzle-orm";
import { db } from "@/db";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Touches the database, so a test runner waiting on it knows migrations and seed are done. */
export const GET = route("health", async () => {
  await db.execute(sql`select 1`);
  return Response.json({ ok: true });
});
