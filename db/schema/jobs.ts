import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";

/**
 * A durable work queue in Postgres: workers claim due rows with FOR UPDATE SKIP LOCKED, so a job
 * survives restarts and two workers never run the same job at once. A claimed job's run_at is its
 * lease: the worker renews it while the job runs, so a job whose worker died is due again within
 * one short lease; `locked_by` names the instance holding it, which frees its own jobs when it
 * starts again. A job that threw too often is dead (kept with its error for an admin to run again).
 */
export const jobs = pgTable(
  "jobs",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    kind: text().notNull(),
    /** The workspace the job works for, so an admin sees only their own dead jobs. */
    workspaceId: uuid(),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    runAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Times claimed, whatever came of it. */
    attempts: integer().notNull().default(0),
    /** Times the handler threw; capped per kind, then the job is dead. */
    failures: integer().notNull().default(0),
    lastError: text(),
    lockedBy: text(),
    doneAt: timestamp({ withTimezone: true }),
    deadAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index()
      .on(t.runAt)
      .where(sql`done_at is null and dead_at is null`),
    index("jobs_locked_by_idx")
      .on(t.lockedBy)
      .where(sql`locked_by is not null`),
    index("jobs_dead_idx")
      .on(t.workspaceId, t.deadAt)
      .where(sql`dead_at is not null`),
    index("jobs_done_at_idx")
      .on(t.doneAt)
      .where(sql`done_at is not null`),
  ],
);

export type Job = typeof jobs.$inferSelect;
