import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid, index } from "drizzle-orm/pg-core";
import { memberRole } from "./enums";

/** Opening hours per weekday (0 = Sunday), as local "HH:MM" pairs; an absent day is closed. */
export type BusinessHours = Partial<Record<"0" | "1" | "2" | "3" | "4" | "5" | "6", { open: string; close: string }>>;

/** Automatic retries of calls that ended no_answer, busy or voicemail_left; off unless opted in. */
export type AutoRetrySettings = { enabled: boolean; maxAttempts: number; spacingMinutes: number };

export const workspaces = pgTable("workspaces", {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  slug: text().notNull().unique(),
  timeZone: text().notNull(),
  businessHours: jsonb().$type<BusinessHours>().notNull(),
  providerWorkspaceId: text().notNull(),
  /** Missed-call SLA: the timer turns amber, then red, after these many minutes. */
  slaWarnMinutes: integer().notNull().default(15),
  slaBreachMinutes: integer().notNull().default(60),
  /** Used by "Call back now"; an assistant id of this workspace. */
  defaultCallbackAssistantId: uuid(),
  /** Calls every new lead at once (speed-to-lead); unset, leads wait on the list for a person. */
  leadAssistantId: uuid(),
  /** Closed days ("YYYY-MM-DD", the workspace's calendar): no slot suggestions, no SLA clock. */
  holidays: jsonb().$type<string[]>().notNull().default([]),
  autoRetry: jsonb().$type<AutoRetrySettings>().notNull().default({ enabled: false, maxAttempts: 2, spacingMinutes: 60 }),
  /** ISO 3166 codes of the countries this workspace may call; numbers elsewhere are refused. */
  allowedCountries: text().array().notNull().default(["US", "CA"]),
  /** Appointments that may overlap one slot (crews); null: no limit. */
  jobsPerSlot: integer(),
  /** An appointment's length when its booking does not say (minutes). */
  appointmentMinutes: integer().notNull().default(120),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const users = pgTable("users", {
  id: uuid().primaryKey().defaultRandom(),
  email: text().notNull().unique(),
  name: text().notNull(),
  passwordHash: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const memberships = pgTable(
  "memberships",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    role: memberRole().notNull(),
    /** A disabled member keeps their history but cannot sign in to this workspace; re-enabling restores them. */
    disabledAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.workspaceId] }), index().on(t.workspaceId)],
);

export type Workspace = typeof workspaces.$inferSelect;
export type User = typeof users.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
