import { sql } from "drizzle-orm";
import { boolean, index, pgTable, text, timestamp, unique, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { users, workspaces } from "./workspaces";

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
    email: text(),
    /** One free-text line, as the dispatcher would read it out ("12 Elm St, Pasadena CA 91101"). */
    address: text(),
    /** IANA zone; when null, the zone is derived from the phone number. */
    timeZone: text(),
    doNotCall: boolean().notNull().default(false),
    doNotCallReason: text(),
    doNotCallAt: timestamp({ withTimezone: true }),
    notes: text(),
    /** False for a record made from an unknown caller's number, until a person confirms it. */
    verified: boolean().notNull().default(true),
    /**
     * What the customers page searches by words, lower-cased, kept by PostgreSQL so no writer can
     * forget it. Lower-cased so the search is a plain LIKE: ILIKE folds case on every row it reads,
     * about four times the cost (docs/benchmarks.md, Customers).
     */
    searchText: text().generatedAlwaysAs(sql`lower(name || ' ' || coalesce(preferred_name, '') || ' ' || coalesce(address, ''))`),
    /**
     * Set when this record was merged into another: its history moved there, the row stays so old
     * links redirect and the audit trail keeps both names. Merged rows leave lists and searches.
     */
    mergedIntoId: uuid().references((): AnyPgColumn => customers.id),
    mergedAt: timestamp({ withTimezone: true }),
    mergedBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique().on(t.workspaceId, t.externalId),
    index().on(t.workspaceId, t.phone),
    // Keyset pages of the customers page walk (name, id).
    index("customers_workspace_id_name_id_index").on(t.workspaceId, t.name, t.id),
    // Trigram indexes answer "contains" searches ("555-0123", "elm st") without a full scan.
    index("customers_search_lower_trgm_idx").using("gin", t.searchText.op("gin_trgm_ops")),
    index("customers_phone_trgm_idx").using("gin", t.phone.op("gin_trgm_ops")),
  ],
);

/** Notes people add on a customer's profile; kept, never edited, so the timeline stays true. */
export const customerNotes = pgTable(
  "customer_notes",
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    customerId: uuid()
      .notNull()
      .references(() => customers.id),
    body: text().notNull(),
    createdBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.workspaceId, t.customerId, t.createdAt)],
);

export type Customer = typeof customers.$inferSelect;
export type CustomerNote = typeof customerNotes.$inferSelect;
