import { boolean, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./workspaces";

/**
 * A person's own alerts for new missed calls and escalations, across their workspaces. Both are
 * off until the person turns them on: a sound or a desktop notice nobody asked for is noise.
 */
export const userPreferences = pgTable("user_preferences", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  alertSound: boolean().notNull().default(false),
  alertDesktop: boolean().notNull().default(false),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type UserPreferences = typeof userPreferences.$inferSelect;
