import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db, type DbOrTx } from "@/db";
import { calls, customers, leads, users } from "@/db/schema";

export type NewLead = {
  workspaceId: string;
  externalId: string;
  name: string;
  phone: string;
  email: string | null;
  address: string | null;
  serviceRequested: string | null;
  source: string;
  notes: string | null;
  customerId: string;
  createdBy: string | null;
};

/** Null when the sender already sent this external id: a replay changes nothing. */
export async function insertLead(values: NewLead, tx: DbOrTx = db) {
  const [row] = await tx
    .insert(leads)
    .values(values)
    .onConflictDoNothing({ target: [leads.workspaceId, leads.externalId] })
    .returning({ id: leads.id });
  return row ?? null;
}

export async function findLeadByExternalId({ workspaceId, externalId }: { workspaceId: string; externalId: string }, tx: DbOrTx = db) {
  const [row] = await tx
    .select({ id: leads.id, customerId: leads.customerId })
    .from(leads)
    .where(and(eq(leads.workspaceId, workspaceId), eq(leads.externalId, externalId)))
    .limit(1);
  return row ?? null;
}

/** The lead row itself, for the job that calls it. */
export async function findLead({ workspaceId, id }: { workspaceId: string; id: string }, tx: DbOrTx = db) {
  const [row] = await tx
    .select()
    .from(leads)
    .where(and(eq(leads.workspaceId, workspaceId), eq(leads.id, id)))
    .limit(1);
  return row ?? null;
}

const claimers = alias(users, "lead_claimers");

const listColumns = {
  id: leads.id,
  name: leads.name,
  phone: leads.phone,
  email: leads.email,
  address: leads.address,
  serviceRequested: leads.serviceRequested,
  source: leads.source,
  notes: leads.notes,
  customerId: leads.customerId,
  customerVerified: customers.verified,
  status: leads.status,
  claimedByName: claimers.name,
  claimedAt: leads.claimedAt,
  callId: leads.callId,
  callStatus: calls.status,
  /** When a call held by calling hours goes out: the dispatcher sees when the lead will be called. */
  scheduledFor: calls.scheduledFor,
  autoCallNote: leads.autoCallNote,
  receivedAt: leads.receivedAt,
  resolvedAt: leads.resolvedAt,
  dismissedReason: leads.dismissedReason,
};

function selectLeads(tx: DbOrTx) {
  return tx
    .select(listColumns)
    .from(leads)
    .innerJoin(customers, eq(customers.id, leads.customerId))
    .leftJoin(claimers, eq(claimers.id, leads.claimedBy))
    .leftJoin(calls, eq(calls.id, leads.callId));
}

export type LeadRow = NonNullable<Awaited<ReturnType<typeof getLead>>>;

/** Open and in-progress leads, oldest first, then the most recently closed ones. */
export async function listLeads({ workspaceId, closedLimit = 100 }: { workspaceId: string; closedLimit?: number }, tx: DbOrTx = db) {
  const [active, closed] = await Promise.all([
    selectLeads(tx)
      .where(and(eq(leads.workspaceId, workspaceId), inArray(leads.status, ["open", "calling"])))
      .orderBy(asc(leads.receivedAt))
      .limit(1000),
    selectLeads(tx)
      .where(and(eq(leads.workspaceId, workspaceId), inArray(leads.status, ["resolved", "dismissed"])))
      .orderBy(desc(sql`coalesce(${leads.resolvedAt}, ${leads.receivedAt})`))
      .limit(closedLimit),
  ]);
  return [...active, ...closed];
}

export async function getLead({ workspaceId, id }: { workspaceId: string; id: string }, tx: DbOrTx = db) {
  const [row] = await selectLeads(tx)
    .where(and(eq(leads.workspaceId, workspaceId), eq(leads.id, id)))
    .limit(1);
  return row ?? null;
}

/** The leads a call was placed for: a change to the call may have settled them. */
export async function listLeadIdsForCall({ workspaceId, callId }: { workspaceId: string; callId: string }, tx: DbOrTx = db) {
  const rows = await tx
    .select({ id: leads.id })
    .from(leads)
    .where(and(eq(leads.workspaceId, workspaceId), eq(leads.callId, callId)));
  return rows.map((r) => r.id);
}

/** One conditional update: of two claims at once exactly one gets the lead. */
export async function claimLead(
  { workspaceId, leadId, userId, callId }: { workspaceId: string; leadId: string; userId: string | null; callId: string },
  tx: DbOrTx = db,
) {
  const [row] = await tx
    .update(leads)
    .set({
      status: "calling",
      claimedBy: userId,
      claimedAt: new Date(),
      callId,
      firstCallId: sql`coalesce(${leads.firstCallId}, ${callId})`,
    })
    .where(and(eq(leads.workspaceId, workspaceId), eq(leads.id, leadId), eq(leads.status, "open")))
    .returning({ id: leads.id });
  return Boolean(row);
}

export async function findLeadClaim({ workspaceId, leadId }: { workspaceId: string; leadId: string }, tx: DbOrTx = db) {
  const [row] = await tx
    .select({ status: leads.status, claimedAt: leads.claimedAt, name: users.name })
    .from(leads)
    .leftJoin(users, eq(users.id, leads.claimedBy))
    .where(and(eq(leads.workspaceId, workspaceId), eq(leads.id, leadId)))
    .limit(1);
  return row ?? null;
}

/** With an outcome the lead is done; without one it goes back on the list for a person. */
export async function settleLeadClaims(
  { workspaceId, callId, resolved }: { workspaceId: string; callId: string; resolved: boolean },
  tx: DbOrTx = db,
) {
  const rows = await tx
    .update(leads)
    .set(resolved ? { status: "resolved", resolvedAt: new Date() } : { status: "open", claimedBy: null, claimedAt: null })
    .where(and(eq(leads.workspaceId, workspaceId), eq(leads.callId, callId), eq(leads.status, "calling")))
    .returning({ id: leads.id });
  return rows.map((r) => r.id);
}

export async function setLeadAutoCallNote(
  { workspaceId, id, note }: { workspaceId: string; id: string; note: string | null },
  tx: DbOrTx = db,
) {
  await tx
    .update(leads)
    .set({ autoCallNote: note })
    .where(and(eq(leads.workspaceId, workspaceId), eq(leads.id, id)));
}

export async function dismissLead(
  { workspaceId, id, userId, reason }: { workspaceId: string; id: string; userId: string; reason: string },
  tx: DbOrTx = db,
) {
  const [row] = await tx
    .update(leads)
    .set({ status: "dismissed", dismissedBy: userId, dismissedReason: reason, resolvedAt: new Date() })
    .where(and(eq(leads.workspaceId, workspaceId), eq(leads.id, id), eq(leads.status, "open")))
    .returning({ id: leads.id });
  return row ?? null;
}
