import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "./index";

/** A `$1`-style statement as drizzle SQL, so one text serves the raw prepared path and a transaction. */
export function positional(text: string, params: unknown[]): SQL {
  const parts = text.split(/\$(\d+)/);
  const chunks: SQL[] = [];
  parts.forEach((part, i) => chunks.push(i % 2 === 0 ? sql.raw(part) : sql`${params[Number(part) - 1] ?? null}`));
  return sql.join(chunks);
}

/** Rows of `execute`, whichever driver ran it (postgres.js returns an array, PGlite `{ rows }`). */
export async function executeRows<T>(tx: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await tx.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
