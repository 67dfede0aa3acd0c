import { boolean, index, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { workspaces } from "./workspaces";

export const customers = pgTable(
  "customers",
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    externalId: text(),
    name: text().notNull(),
    preferredName: text(),
    /** E.164, normalized by libphonenumber-js before it is stored. */
    phone: text().notNull(),
    /** IANA zone; when null, the zone is derived from the phone number. */
    timeZone: text(),
    doNotCall: boolean().notNull().default(false),
    doNotCallReason: text(),
    doNotCallAt: timestamp({ withTimezone: true }),
    notes: text(),
    /** False for a record made from an unknown caller's number, until a person confirms it. */
    verified: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.workspaceId, t.externalId), index().on(t.workspaceId, t.phone), index().on(t.workspaceId, t.name)],
);

export type Customer = typeof customers.$inferSelect;
