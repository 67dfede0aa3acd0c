import { z } from "zod";
import { formatShortDateTime } from "@/lib/format/time";
import { findCallbackTask } from "@/db/queries/callback-tasks";
import { findCustomer } from "@/db/queries/customers";
import { getMissedCall } from "@/db/queries/missed-calls";
import { findLead } from "@/db/queries/leads";
import { leadCallValues } from "@/lib/leads/call-lead";
import type { PlaceCallFormProps } from "@/components/calls/place-call-form";
import type { Member } from "@/lib/auth/session";
import type { AssistantOption, CustomerOption } from "@/lib/calls/types";
import { formValuesForMissed, previousInteractionForTask } from "@/lib/missed-calls/callback-values";
import { formatPhone } from "@/lib/phone";
import { reasonLabels } from "@/lib/labels";

/** What the page says above a pre-filled form, with a link to where the request came from. */
export type PrefillNotice = { tone: "info" | "warning"; text: string; link?: { href: string; label: string } };

export type InboxPrefill = { key: string; initial: NonNullable<PlaceCallFormProps["initial"]>; notice: PrefillNotice };

type Params = { missed?: string | string[]; task?: string | string[]; customer?: string | string[]; lead?: string | string[] };

const uuid = (value: string | string[] | undefined) => (typeof value === "string" && z.guid().safeParse(value).success ? value : null);

function customerOption(c: NonNullable<Awaited<ReturnType<typeof findCustomer>>>): CustomerOption {
  return {
    id: c.id,
    name: c.name,
    preferredName: c.preferredName,
    phone: c.phone,
    doNotCall: c.doNotCall,
    doNotCallReason: c.doNotCallReason,
  };
}

/** The workspace's default callback assistant, if it is still switched on. */
function defaultAssistant(member: Member, assistants: AssistantOption[]): string | null {
  const id = member.workspace.defaultCallbackAssistantId;
  return id && assistants.some((a) => a.id === id) ? id : null;
}

const clock = (timeZone: string) => ({ format: (d: Date) => formatShortDateTime(d, timeZone) });

/**
 * `?missed=<id>` returns a missed call, `?task=<id>` a callback request, `?customer=<id>` calls a
 * customer from their profile. The form carries the id
 * so placeCall claims the item; someone else's claim is said up front and refused on submit.
 */
export async function prefillFromInbox(params: Params, member: Member, assistants: AssistantOption[]): Promise<InboxPrefill | null> {
  const workspaceId = member.workspace.id;
  const timeZone = member.workspace.timeZone;
  const missedId = uuid(params.missed);
  const taskId = uuid(params.task);
  const leadId = uuid(params.lead);

  if (leadId) {
    const lead = await findLead({ workspaceId, id: leadId });
    const customer = lead ? await findCustomer({ workspaceId, id: lead.customerId }) : null;
    if (!lead || !customer) return null;
    const { requestKey: _key, scheduleIfOutsideHours: _hold, ...values } = leadCallValues(lead, defaultAssistant(member, assistants) ?? "");
    return {
      key: `lead:${lead.id}`,
      initial: {
        customer: customerOption(customer),
        values: { ...values, phoneNumber: formatPhone(lead.phone), ...(values.assistantId ? {} : { assistantId: undefined }) },
      },
      notice:
        lead.status === "open"
          ? {
              tone: "info",
              text: `Calling ${lead.name}, a ${lead.source} lead. Check the details, then place the call.`,
              link: { href: "/leads", label: "Leads" },
            }
          : {
              tone: "warning",
              text: `This lead is already ${lead.status === "calling" ? "being called" : lead.status}.`,
              link: { href: "/leads", label: "Back to leads" },
            },
    };
  }

  if (missedId) {
    const missed = await getMissedCall({ workspaceId, id: missedId });
    const customer = missed ? await findCustomer({ workspaceId, id: missed.customerId }) : null;
    if (!missed || !customer) return null;
    const values = formValuesForMissed(missed, {
      timeZone,
      assistantId: defaultAssistant(member, assistants),
      phoneNumber: formatPhone(missed.fromPhone),
    });
    const caller = missed.callerName ?? customer.name;
    const why = missed.reason ? ` (${reasonLabels[missed.reason].toLowerCase()})` : "";
    const taken = missed.status !== "open";
    return {
      key: `missed:${missed.id}`,
      initial: { customer: customerOption(customer), values },
      notice: taken
        ? {
            tone: "warning",
            text:
              missed.status === "calling"
                ? `${missed.claimedByName ?? "Someone"} is already calling ${caller} back.`
                : `This missed call was already ${missed.status}.`,
            link: { href: "/missed", label: "Back to missed calls" },
          }
        : {
            tone: "info",
            text: `Returning ${caller}’s missed call of ${clock(timeZone).format(missed.occurredAt)}${why}. Check why they called, then place the call.`,
            link: { href: "/missed", label: "Missed calls" },
          },
    };
  }

  if (taskId) {
    const task = await findCallbackTask({ workspaceId, id: taskId });
    const customer = task ? await findCustomer({ workspaceId, id: task.customerId }) : null;
    if (!task || !customer) return null;
    const assistantId = defaultAssistant(member, assistants);
    const taken = Boolean(task.completedAt || task.callId);
    return {
      key: `task:${task.id}`,
      initial: {
        customer: customerOption(customer),
        values: {
          customerId: customer.id,
          phoneNumber: formatPhone(task.sourcePhone),
          purpose: "callback",
          ...(assistantId ? { assistantId } : {}),
          context: {
            callbackReason: task.notes ?? undefined,
            previousInteraction: previousInteractionForTask(task.sourceCallAt, timeZone),
          },
          slots: [],
          callbackTaskId: task.id,
        },
      },
      notice: taken
        ? {
            tone: "warning",
            text: task.completedAt
              ? "This callback was already completed."
              : `${task.claimedByName ?? "Someone"} is already calling ${customer.name} back.`,
            link: { href: "/callbacks", label: "Back to callbacks" },
          }
        : {
            tone: "info",
            text: `${customer.name} asked to be called back.`,
            link: { href: `/calls/${task.sourceCallId}`, label: `See the call of ${clock(timeZone).format(task.sourceCallAt)}` },
          },
    };
  }
  const customerId = uuid(params.customer);
  if (customerId) {
    const customer = await findCustomer({ workspaceId, id: customerId });
    if (!customer) return null;
    return {
      key: `customer:${customer.id}`,
      initial: {
        customer: customerOption(customer),
        values: { customerId: customer.id, phoneNumber: formatPhone(customer.phone), slots: [] },
      },
      notice: customer.doNotCall
        ? {
            tone: "warning",
            text: `${customer.name} is on the do-not-call list.`,
            link: { href: `/customers/${customer.id}`, label: "See why" },
          }
        : { tone: "info", text: `Calling ${customer.name}.`, link: { href: `/customers/${customer.id}`, label: "Back to the profile" } },
    };
  }
  return null;
}
