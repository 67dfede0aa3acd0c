import path from "node:path";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { handle } from "./index";

const migrationsFolder = path.join(/*turbopackIgnore: true*/ process.cwd(), "drizzle");

/** Applies drizzle-kit's generated migrations; safe to call on every start. */
export async function migrate(h = handle()): Promise<void> {
  if (h.kind === "pglite") {
    await migratePglite(h.db as unknown as PgliteDatabase, { migrationsFolder });
  } else {
    await migratePostgres(h.db, { migrationsFolder });
  }
}
