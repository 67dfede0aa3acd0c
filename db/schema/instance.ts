import { pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Secrets this install generates for itself (the built-in simulator's API key and webhook secret),
 * so no install runs on constants published in the source. One row per name, made once.
 */
export const instanceSecrets = pgTable("instance_secrets", {
  name: text().primaryKey(),
  value: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
