import { db } from "@/db";
import { enqueueJob } from "@/db/queries/jobs";
import { findLeadByExternalId, insertLead } from "@/db/queries/leads";
import { findCustomerByPhone, insertCallerCustomer } from "@/db/queries/missed-calls";
import { lockNumberForPlacing } from "@/db/queries/compliance";
import { CALL_LEAD_JOB } from "@/lib/jobs/kinds";
import { notifyLeadChanged } from "./notify";

export type LeadFields = {
  externalId: string;
  name: string;
  phone: string;
  email?: string;
  address?: string;
  serviceRequested?: string;
  source: string;
  notes?: string;
};

export type StoredLead = { id: string; customerId: string; duplicate: boolean; jobId: number | null };

class Replay extends Error {}

/**
 * Stores the lead, its new customer for an unknown number, and the job that calls it, together or
 * not at all: a lead is never stored without its call being on the way. A replayed external id
 * changes nothing.
 */
export async function storeLead(workspaceId: string, lead: LeadFields, createdBy: string | null = null): Promise<StoredLead> {
  const existing = await findLeadByExternalId({ workspaceId, externalId: lead.externalId });
  if (existing) return { ...existing, duplicate: true, jobId: null };
  try {
    return await db.transaction(async (tx) => {
      // Two leads from one unknown number at once must share one new customer, not make two.
      await lockNumberForPlacing({ workspaceId, phone: lead.phone }, tx);
      const known = await findCustomerByPhone({ workspaceId, phone: lead.phone }, tx);
      const customer =
        known ??
        (await insertCallerCustomer(
          {
            workspaceId,
            phone: lead.phone,
            name: lead.name,
            email: lead.email,
            address: lead.address,
            notes: `Created from a ${lead.source} lead`,
          },
          tx,
        ));
      const row = await insertLead(
        {
          workspaceId,
          externalId: lead.externalId,
          name: lead.name,
          phone: lead.phone,
          email: lead.email ?? null,
          address: lead.address ?? null,
          serviceRequested: lead.serviceRequested ?? null,
          source: lead.source,
          notes: lead.notes ?? null,
          customerId: customer.id,
          createdBy,
        },
        tx,
      );
      if (!row) throw new Replay();
      const jobId = await enqueueJob({ kind: CALL_LEAD_JOB, payload: { workspaceId, leadId: row.id } }, tx);
      await notifyLeadChanged({ workspaceId, leadId: row.id }, tx);
      return { id: row.id, customerId: customer.id, duplicate: false, jobId };
    });
  } catch (error) {
    if (!(error instanceof Replay)) throw error;
    const winner = await findLeadByExternalId({ workspaceId, externalId: lead.externalId });
    if (!winner) throw error;
    return { ...winner, duplicate: true, jobId: null };
  }
}
