import { findActiveAssistant } from "@/db/queries/assistants";
import { completeJob } from "@/db/queries/jobs";
import { findLead, setLeadAutoCallNote } from "@/db/queries/leads";
import { findWorkspace } from "@/db/queries/workspaces";
import type { Lead, Workspace } from "@/db/schema";
import { derivedRequestKey } from "@/lib/calls/derived-key";
import { placeCall } from "@/lib/calls/place-call";
import type { TypedJob } from "@/lib/jobs/worker";
import type { PlaceCallValues } from "@/lib/validation/call";
import { notifyLeadChanged } from "./notify";

const clip = (text: string) => (text.length > 2000 ? `${text.slice(0, 1997)}…` : text);

/** What the assistant should know, from the lead's own words: what they asked for, where, how to reach them. */
export function leadCallValues(lead: Lead, assistantId: string): PlaceCallValues {
  const service = lead.serviceRequested ? `asked about ${lead.serviceRequested}` : "asked us to get in touch";
  const details = [
    `New lead from ${lead.source}: ${lead.name} ${service}.`,
    lead.address ? `Address: ${lead.address}.` : null,
    lead.email ? `Email: ${lead.email}.` : null,
    lead.notes ? `Their note: ${lead.notes}` : null,
  ].filter(Boolean);
  return {
    // One key per lead: the job may run twice (a crash, a second instance) and still place one call.
    requestKey: derivedRequestKey("lead", lead.id),
    customerId: lead.customerId,
    phoneNumber: lead.phone,
    purpose: "callback",
    assistantId,
    context: {
      callbackReason: clip(`They just sent an enquiry and ${service}; find out what they need and offer a visit`),
      previousInteraction: clip(details.join(" ")),
    },
    slots: [],
    maxDuration: 600,
    recordCall: true,
    leadId: lead.id,
    scheduleIfOutsideHours: true,
  };
}

async function note(workspace: Workspace, lead: Lead, text: string | null) {
  await setLeadAutoCallNote({ workspaceId: workspace.id, id: lead.id, note: text });
  await notifyLeadChanged({ workspaceId: workspace.id, leadId: lead.id });
}

/**
 * Speed-to-lead: calls a new lead with the workspace's lead assistant, through placeCall, so the
 * same rules apply as to a dispatcher's call. Outside calling hours the call is held for the first
 * allowed minute (the list shows when). Whatever keeps the assistant from calling is written on
 * the lead, which stays open for a person.
 */
export async function callLeadJob(job: TypedJob<"call_lead">): Promise<void> {
  const { workspaceId, leadId } = job.payload;
  const [workspace, lead] = await Promise.all([findWorkspace({ id: workspaceId }), findLead({ workspaceId, id: leadId })]);
  if (!workspace || !lead || lead.status !== "open") return completeJob({ id: job.id });

  const assistantId = workspace.leadAssistantId;
  const assistant = assistantId ? await findActiveAssistant({ workspaceId, id: assistantId }) : null;
  if (!assistant) {
    await note(
      workspace,
      lead,
      assistantId
        ? "Not called automatically: the lead assistant is switched off."
        : "Not called automatically: no lead assistant is set in Settings.",
    );
    return completeJob({ id: job.id });
  }

  const result = await placeCall(leadCallValues(lead, assistant.id), { workspace, userId: null });
  if (!result.ok) {
    const why = result.error.replace(/^Not placed: /, "").replace(/ Place it anyway\?$/, "");
    await note(workspace, lead, `Not called automatically: ${why}`);
  } else if (result.data.refusal || result.data.status === "blocked")
    await note(
      workspace,
      lead,
      `Not called automatically: ${(result.data.message ?? "refused by the calling rules").replace(/^Not placed: /, "")}`,
    );
  else if (lead.autoCallNote) await note(workspace, lead, null);
  await completeJob({ id: job.id });
}
