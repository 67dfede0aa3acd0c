import { db } from "@/db";
import { customersByPhone, findCampaign, insertCampaignRows, insertUploadedCustomers, nextRowNumber } from "@/db/queries/campaigns";
import type { Workspace } from "@/db/schema";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import type { Recipient } from "@/lib/validation/campaign";
import { checkRecipient, type RowError } from "./recipients";

/**
 * A chunk of checked recipients from the upload, checked again here (the browser's check is a
 * preview, not a guarantee). Known numbers join their customer, unknown ones become unverified
 * customers; a number already in the campaign is merged. One transaction per chunk.
 */
export async function addRecipients({
  workspace,
  campaignId,
  recipients,
}: {
  workspace: Workspace;
  campaignId: string;
  recipients: Recipient[];
}): Promise<ActionResult<{ added: number; merged: number; errors: RowError[] }>> {
  const campaign = await findCampaign({ workspaceId: workspace.id, id: campaignId });
  if (!campaign) return fail("That campaign no longer exists.");
  if (campaign.status === "completed" || campaign.status === "canceled")
    return fail(`The campaign is ${campaign.status}; recipients can no longer be added.`);

  const errors: RowError[] = [];
  const unique = new Map<string, Recipient>();
  for (const r of recipients) {
    const checked = checkRecipient(
      { rowNumber: r.rowNumber, raw: { ...r.fields, phone: r.phone, ...(r.timeZone ? { time_zone: r.timeZone } : {}) } },
      { allowedCountries: workspace.allowedCountries, template: campaign.contextTemplate },
    );
    if (!checked.ok) errors.push(...checked.errors);
    else if (!unique.has(checked.recipient.phone))
      unique.set(checked.recipient.phone, { ...checked.recipient, name: r.name || checked.recipient.name });
  }
  if (errors.length > 0)
    return fail(`${errors.length} row${errors.length === 1 ? "" : "s"} need fixing before they can be added.`, undefined, {
      code: "row_errors",
    });

  const list = [...unique.values()];
  const added = await db.transaction(async (tx) => {
    const known = await customersByPhone({ workspaceId: workspace.id, phones: list.map((r) => r.phone) }, tx);
    const created = await insertUploadedCustomers(
      {
        workspaceId: workspace.id,
        people: list.filter((r) => !known.has(r.phone)).map((r) => ({ phone: r.phone, name: r.name, timeZone: r.timeZone ?? null })),
      },
      tx,
    );
    const base = await nextRowNumber({ campaignId }, tx);
    return insertCampaignRows(
      list.map((r, i) => ({
        workspaceId: workspace.id,
        campaignId,
        // The file's own row number while it follows on (chunks of one file do), so people find
        // the row in their spreadsheet; a second file's rows are numbered after the first's.
        rowNumber: r.rowNumber >= base ? r.rowNumber : base + i,
        customerId: (known.get(r.phone) ?? created.get(r.phone))!,
        phone: r.phone,
        fields: { ...r.fields, name: r.name },
      })),
      tx,
    );
  });
  return ok({ added, merged: recipients.length - added, errors: [] });
}
