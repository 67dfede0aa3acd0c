import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import postgres from "postgres";
import { handle } from "./index";
import { executeRows } from "./raw";

const migrationsFolder = path.join(/*turbopackIgnore: true*/ process.cwd(), "drizzle");

/** One fixed key for every Callboard instance: pg_advisory_lock(bigint) of "callboard migrate". */
export const MIGRATION_LOCK_KEY = 7_402_315_909_131;

/**
 * Applies drizzle-kit's generated migrations; safe to call on every start, from any number of
 * instances at once. The drizzle migrator takes no lock, so two instances on an empty database
 * both ran `CREATE TYPE` and one failed. Here each instance waits for a session-level advisory
 * lock on a connection of its own, and the later ones find nothing left to apply. PGlite is one
 * process by construction and needs no lock.
 */
export async function migrate(h = handle()): Promise<void> {
  if (h.kind === "pglite") {
    await migratePglite(h.db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  if (!h.url) throw new Error("a PostgreSQL handle without its connection URL cannot migrate");
  // One connection, so the lock, the migration and the unlock share a session.
  const client = postgres(h.url, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migratePostgres(drizzle({ client }), { migrationsFolder });
    await client`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
  } finally {
    // Ending the session releases the lock too, should the migration have thrown.
    await client.end({ timeout: 5 });
  }
}

/** Names of the migrations in drizzle/ that the database has not recorded as applied. */
export async function pendingMigrations(h = handle()): Promise<string[]> {
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8")) as {
    entries: { tag: string; when: number }[];
  };
  const rows = await executeRows<{ created_at: string | number }>(
    h.db,
    sql`select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`,
  ).catch(() => []);
  const last = rows.length ? Number(rows[0].created_at) : 0;
  return journal.entries.filter((e) => e.when > last).map((e) => e.tag);
}
