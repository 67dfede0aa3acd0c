import type { Metadata } from "next";
import { formatMediumDateTime } from "@/lib/format/time";
import Link from "next/link";
import { z } from "zod";
import { listActiveAssistants } from "@/db/queries/assistants";
import { listHeldSlots } from "@/db/queries/appointments";
import { findCall } from "@/db/queries/calls";
import { findCustomer } from "@/db/queries/customers";
import { PlaceCallForm, type PlaceCallFormProps } from "@/components/calls/place-call-form";
import { ProviderStatusNotice } from "@/components/provider/provider-status-notice";
import { providerStatus } from "@/lib/provider/provider-status";
import type { AssistantOption } from "@/lib/calls/types";
import { requireMember, type Member } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { formatPhone } from "@/lib/phone";
import { PrefillNoticeBanner } from "@/components/callbacks/prefill-notice";
import { requestFieldsOf } from "@/lib/calls/retry-call";
import { prefillFromInbox } from "./prefill";

export const metadata: Metadata = { title: "Place call" };
export const dynamic = "force-dynamic";

type Props = {
  searchParams: Promise<{
    from?: string | string[];
    missed?: string | string[];
    task?: string | string[];
    customer?: string | string[];
    lead?: string | string[];
  }>;
};

/**
 * "Call again": every field of the earlier call's request (slots that have started are left out),
 * and the form mints its own request key as always.
 */
async function prefillFrom(from: string | undefined, member: Member, assistants: AssistantOption[]) {
  if (!from || !z.guid().safeParse(from).success) return null;
  const workspaceId = member.workspace.id;
  const call = await findCall({ workspaceId, id: from });
  const customer = call ? await findCustomer({ workspaceId, id: call.customerId }) : null;
  if (!call || !customer) return null;
  const fields = requestFieldsOf(call, member.workspace.timeZone);
  const initial: NonNullable<PlaceCallFormProps["initial"]> = {
    customer: {
      id: customer.id,
      name: customer.name,
      preferredName: customer.preferredName,
      phone: customer.phone,
      doNotCall: customer.doNotCall,
      doNotCallReason: customer.doNotCallReason,
    },
    values: {
      ...fields,
      phoneNumber: formatPhone(call.phoneNumber),
      // An assistant switched off since then would only fail on submit; let the form pick one.
      assistantId: assistants.some((a) => a.id === call.assistantId) ? call.assistantId : "",
    },
  };
  return { callId: call.id, initial, placedAt: formatMediumDateTime(call.createdAt, member.workspace.timeZone) };
}

export default async function NewCallPage({ searchParams }: Props) {
  const member = await requireMember(can.placeCalls);
  const { from, missed, task, customer, lead } = await searchParams;
  const { workspace } = member;
  const now = new Date();
  const [assistants, provider, held] = await Promise.all([
    listActiveAssistants({ workspaceId: workspace.id }),
    providerStatus(workspace.timeZone),
    // Suggestions look up to 120 days ahead; only a workspace with a limit needs the bookings.
    workspace.jobsPerSlot === null
      ? Promise.resolve([])
      : listHeldSlots({
          workspaceId: workspace.id,
          from: now,
          to: new Date(now.getTime() + 121 * 86_400_000),
          defaultMinutes: workspace.appointmentMinutes,
        }),
  ]);
  const prefill = await prefillFrom(typeof from === "string" ? from : undefined, member, assistants);
  const inbox = prefill ? null : await prefillFromInbox({ missed, task, customer, lead }, member, assistants);
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <div>
        <h1 className="text-lg font-semibold">Place call</h1>
        <p className="text-sm text-slate-500 dark:text-slate-400">
          An AI assistant calls the customer now and reports back on the calls list.
        </p>
        {prefill && (
          <p className="mt-2 rounded-md border border-sky-200 bg-sky-50 px-3 py-1.5 text-sm text-sky-900 dark:border-sky-900 dark:bg-sky-950/40 dark:text-sky-100">
            Pre-filled from{" "}
            <Link href={`/calls/${prefill.callId}`} className="font-medium underline underline-offset-2">
              the call on {prefill.placedAt}
            </Link>
            . Check the details, then place the call.
          </p>
        )}
        {inbox && <PrefillNoticeBanner notice={inbox.notice} />}
      </div>
      <ProviderStatusNotice initial={provider} />
      <PlaceCallForm
        // A new source call means a new form, with a new request key.
        key={`${member.workspace.id}:${prefill?.callId ?? inbox?.key ?? ""}`}
        assistants={assistants}
        timeZone={member.workspace.timeZone}
        allowedCountries={member.workspace.allowedCountries}
        businessHours={member.workspace.businessHours}
        holidays={member.workspace.holidays}
        capacity={workspace.jobsPerSlot === null ? null : { jobsPerSlot: workspace.jobsPerSlot, held }}
        initial={prefill?.initial ?? inbox?.initial}
      />
    </div>
  );
}
