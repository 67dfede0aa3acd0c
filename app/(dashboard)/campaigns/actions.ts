"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { findActiveAssistant } from "@/db/queries/assistants";
import { recordAudit } from "@/db/queries/audit";
import { addCustomersByFilter, findCampaign, insertCampaign } from "@/db/queries/campaigns";
import { memberAction } from "@/lib/actions/member-action";
import { fail, ok } from "@/lib/actions/result";
import { can } from "@/lib/auth/roles";
import { addRecipients } from "@/lib/campaigns/add-recipients";
import { controlCampaign } from "@/lib/campaigns/control";
import { notifyCampaignChanged } from "@/lib/campaigns/notify";
import { addCustomersSchema, addRecipientsSchema, campaignControlSchema, campaignSchema, minutesOf } from "@/lib/validation/campaign";

const roles = can.runCampaigns;

export const createCampaignAction = memberAction({ name: "createCampaign", roles, schema: campaignSchema }, async (v, member) => {
  const workspaceId = member.workspace.id;
  if (!(await findActiveAssistant({ workspaceId, id: v.assistantId }))) {
    return fail("Check the highlighted fields.", { assistantId: "This assistant is not available" });
  }
  const campaign = await db.transaction(async (tx) => {
    const row = await insertCampaign(
      {
        workspaceId,
        name: v.name,
        purpose: v.purpose,
        assistantId: v.assistantId,
        contextTemplate: v.contextTemplate,
        slots: v.slots,
        startDate: v.startDate,
        endDate: v.endDate,
        dailyStartMinute: minutesOf(v.dailyStart),
        dailyEndMinute: minutesOf(v.dailyEnd),
        ratePerMinute: v.ratePerMinute,
        maxInFlight: v.maxInFlight,
        retryOn: v.retryOn,
        retryAfterHours: v.retryAfterHours,
        maxAttempts: v.maxAttempts,
        createdBy: member.user.id,
      },
      tx,
    );
    await recordAudit(
      {
        workspaceId,
        actorId: member.user.id,
        action: "campaign.created",
        entityType: "campaign",
        entityId: row.id,
        before: null,
        after: v,
      },
      tx,
    );
    return row;
  });
  revalidatePath("/campaigns");
  return ok({ id: campaign.id });
});

/** A chunk of an upload (the browser sends 1,000 rows at a time; each is checked again here). */
export const addRecipientsAction = memberAction(
  { name: "addRecipients", roles, schema: addRecipientsSchema },
  async ({ campaignId, recipients }, member) => {
    const result = await addRecipients({ workspace: member.workspace, campaignId, recipients });
    if (result.ok) await notifyCampaignChanged({ workspaceId: member.workspace.id, campaignId });
    return result;
  },
);

export const addCustomersAction = memberAction(
  { name: "addCampaignCustomers", roles, schema: addCustomersSchema },
  async ({ campaignId, filter }, member) => {
    const workspaceId = member.workspace.id;
    const campaign = await findCampaign({ workspaceId, id: campaignId });
    if (!campaign) return fail("That campaign no longer exists.");
    if (campaign.status === "completed" || campaign.status === "canceled")
      return fail(`The campaign is ${campaign.status}; recipients can no longer be added.`);
    const added = await db.transaction(async (tx) => {
      const n = await addCustomersByFilter({ workspaceId, campaignId, filter }, tx);
      await notifyCampaignChanged({ workspaceId, campaignId }, tx);
      return n;
    });
    return ok({ added });
  },
);

export const controlCampaignAction = memberAction(
  { name: "controlCampaign", roles, schema: campaignControlSchema },
  async ({ campaignId, command }, member) => {
    const result = await controlCampaign({ workspaceId: member.workspace.id, campaignId, command, userId: member.user.id });
    revalidatePath(`/campaigns/${campaignId}`);
    return result;
  },
);
