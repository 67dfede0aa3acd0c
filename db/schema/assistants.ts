import { boolean, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { callPurpose } from "./enums";
import { workspaces } from "./workspaces";

export const assistants = pgTable(
  "assistants",
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    providerAssistantId: text().notNull(),
    name: text().notNull(),
    purposes: callPurpose().array().notNull(),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.workspaceId, t.providerAssistantId)],
);

export type Assistant = typeof assistants.$inferSelect;
