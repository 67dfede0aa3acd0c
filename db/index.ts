import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { env } from "@/lib/env";
import * as schema from "./schema";

/**
 * Both drivers expose the same drizzle query API; the app is typed against the postgres.js one.
 * `listen` hides the one place where they differ (LISTEN/NOTIFY).
 */
export type Database = PostgresJsDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type DbOrTx = Database | Tx;

type Handle = {
  db: Database;
  kind: "postgres" | "pglite";
  /** The connection string (PostgreSQL only), for work that needs a session of its own. */
  url?: string;
  close: () => Promise<void>;
  listen: (channel: string, onPayload: (payload: string) => void) => Promise<() => Promise<void>>;
  /** A raw, prepared statement for hot paths where the query builder's overhead shows. */
  query: <T extends Record<string, unknown>>(text: string, params: unknown[]) => Promise<T[]>;
};

export function openDatabase(opts: { databaseUrl?: string; pgliteDir?: string }): Handle {
  if (opts.databaseUrl) {
    // JIT off: the report's scans cost past its threshold, and compiling took ~120 ms of a 1.6 s
    // search at 1M calls while saving nothing on queries that run for tens of milliseconds.
    const client = postgres(opts.databaseUrl, { max: 10, onnotice: () => {}, connection: { jit: "off" } });
    return {
      db: drizzlePostgres({ client, schema, casing: "snake_case" }),
      kind: "postgres",
      url: opts.databaseUrl,
      close: () => client.end({ timeout: 5 }),
      listen: async (channel, onPayload) => {
        const sub = await client.listen(channel, onPayload);
        return () => sub.unlisten();
      },
      query: async <T>(text: string, params: unknown[]) =>
        (await client.unsafe(text, params as postgres.ParameterOrJSON<never>[], { prepare: true })) as unknown as T[],
    };
  }
  const dir = path.resolve(/*turbopackIgnore: true*/ opts.pgliteDir ?? ".data/pglite");
  // PGlite does not create parent folders.
  mkdirSync(path.dirname(dir), { recursive: true });
  // pg_trgm backs the customers search (contains-matches on names, addresses and numbers).
  const client = new PGlite(dir, { extensions: { pg_trgm } });
  const db = drizzlePglite({ client, schema, casing: "snake_case" }) as unknown as Database;
  return {
    db,
    kind: "pglite",
    close: () => client.close(),
    listen: async (channel, onPayload) => client.listen(channel, onPayload),
    query: async <T>(text: string, params: unknown[]) => (await client.query<T>(text, params)).rows,
  };
}

const globalForDb = globalThis as unknown as { callboardDb?: Handle };

/** The process-wide database; cached on globalThis so dev reloads never open PGlite twice. */
export function handle(): Handle {
  if (!globalForDb.callboardDb) {
    globalForDb.callboardDb = openDatabase({
      databaseUrl: env().DATABASE_URL,
      pgliteDir: env().PGLITE_DIR,
    });
  }
  return globalForDb.callboardDb;
}

/** Lazily bound so importing a module that uses `db` opens nothing until the first query. */
export const db: Database = new Proxy({} as Database, {
  get(_target, prop) {
    const real = handle().db as unknown as Record<string | symbol, unknown>;
    const value = real[prop];
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  },
});

export { schema };
