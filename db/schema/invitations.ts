import { index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { memberRole } from "./enums";
import { users, workspaces } from "./workspaces";

/** `invite`: join a workspace (and create an account if new); `password_reset`: set a new password. */
export const invitationKinds = ["invite", "password_reset"] as const;
export const invitationKind = pgEnum("invitation_kind", invitationKinds);

/**
 * One-time links an admin hands to a person. Only the SHA-256 of the token is stored: the link is
 * shown once, works once, and expires after 7 days.
 */
export const invitations = pgTable(
  "invitations",
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    kind: invitationKind().notNull(),
    email: text().notNull(),
    /** The role an invitation grants; null for a password reset. */
    role: memberRole(),
    /** The account a password reset is for. */
    userId: uuid().references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text().notNull().unique(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.workspaceId, t.createdAt)],
);

export type Invitation = typeof invitations.$inferSelect;
