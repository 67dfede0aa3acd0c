"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { dismissLead, findLeadClaim } from "@/db/queries/leads";
import { memberAction } from "@/lib/actions/member-action";
import { fail, ok } from "@/lib/actions/result";
import { can } from "@/lib/auth/roles";
import { callLeadNow } from "@/lib/leads/jobs";
import { notifyLeadChanged } from "@/lib/leads/notify";
import { importLeadCsv } from "@/lib/leads/import-csv";
import { storeLead } from "@/lib/leads/store";
import { dismissLeadSchema, leadCsvUploadSchema, manualLeadSchema } from "@/lib/validation/lead";

/** A lead taken by hand goes the feed's way: stored, then called by the lead assistant at once. */
export const createLeadAction = memberAction(
  { name: "createLead", roles: can.placeCalls, schema: manualLeadSchema },
  async (lead, member) => {
    const saved = await storeLead(
      member.workspace.id,
      {
        // The form's key makes a double submit one lead.
        externalId: `manual-${lead.requestKey}`,
        name: lead.name,
        phone: lead.phone,
        email: lead.email,
        address: lead.address,
        serviceRequested: lead.service_requested,
        source: lead.source === "unknown" ? "entered by hand" : lead.source,
        notes: lead.notes,
      },
      member.user.id,
    );
    if (saved.jobId !== null) await callLeadNow(saved.jobId);
    revalidatePath("/leads");
    return ok({ id: saved.id });
  },
);

/** A CSV of leads taken by hand: the good rows stored and called in turn, the others named by line. */
export const importLeadsAction = memberAction(
  { name: "importLeads", roles: can.placeCalls, schema: leadCsvUploadSchema },
  async ({ csv }, member) => {
    const result = await importLeadCsv(member.workspace.id, member.user.id, csv);
    revalidatePath("/leads");
    return ok(result);
  },
);

export const dismissLeadAction = memberAction(
  { name: "dismissLead", roles: can.placeCalls, schema: dismissLeadSchema },
  async ({ leadId, reason }, member) => {
    const workspaceId = member.workspace.id;
    const dismissed = await db.transaction(async (tx) => {
      const row = await dismissLead({ workspaceId, id: leadId, userId: member.user.id, reason }, tx);
      if (!row) return false;
      await recordAudit(
        {
          workspaceId,
          actorId: member.user.id,
          action: "lead.dismissed",
          entityType: "lead",
          entityId: leadId,
          before: { status: "open" },
          after: { status: "dismissed", reason },
        },
        tx,
      );
      await notifyLeadChanged({ workspaceId, leadId }, tx);
      return true;
    });
    if (dismissed) return ok({ leadId });
    const claim = await findLeadClaim({ workspaceId, leadId });
    if (claim?.status === "calling") return fail("The lead is being called; it closes when that call ends.");
    return fail(claim ? `This lead was already ${claim.status}.` : "That lead no longer exists.");
  },
);
