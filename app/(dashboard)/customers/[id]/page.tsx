import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { loadCustomerTimelineSources } from "@/db/queries/customer-timeline";
import { findCustomer } from "@/db/queries/customers";
import { CustomerDetails } from "@/components/customers/customer-details";
import { CustomerLiveRefresh } from "@/components/customers/customer-live-refresh";
import { CustomerNoteForm } from "@/components/customers/customer-note-form";
import { CustomerTimeline } from "@/components/customers/customer-timeline";
import { DoNotCallPanel } from "@/components/customers/do-not-call-panel";
import { buttonClasses } from "@/components/ui/button";
import { requireMember } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { zonesForCustomer } from "@/lib/compliance/phone-zones";
import { buildTimeline } from "@/lib/customers/timeline";

export const metadata: Metadata = { title: "Customer" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export default async function CustomerPage({ params }: Props) {
  const member = await requireMember(can.viewCalls);
  const { id } = await params;
  if (!z.guid().safeParse(id).success) notFound();
  const workspaceId = member.workspace.id;
  const customer = await findCustomer({ workspaceId, id });
  if (!customer) notFound();
  // A merged record's links (bookmarks, old calls) open the record it joined.
  if (customer.mergedIntoId) redirect(`/customers/${customer.mergedIntoId}`);
  const [sources, zones] = await Promise.all([
    loadCustomerTimelineSources({ workspaceId, customerId: id, phone: customer.phone }),
    zonesForCustomer(customer, member.workspace.timeZone),
  ]);
  const timeline = buildTimeline(sources, member.workspace.timeZone);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm">
            <Link href="/customers" className="text-slate-500 hover:underline dark:text-slate-400">
              Customers
            </Link>
          </p>
          <h1 className="text-lg font-semibold">{customer.name}</h1>
          <CustomerLiveRefresh customerId={customer.id} />
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href={`/customers/${customer.id}/edit`} className={buttonClasses()}>
            Edit customer
          </Link>
          <Link href={`/customers/${customer.id}/merge`} className={buttonClasses()}>
            Merge with another
          </Link>
          <Link href={`/appointments/new?customer=${customer.id}`} className={buttonClasses()}>
            Book appointment
          </Link>
          <Link href={`/calls/new?customer=${customer.id}`} className={buttonClasses({ variant: "primary" })}>
            Place call
          </Link>
        </div>
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
        <div className="space-y-6">
          <CustomerDetails customer={customer} zones={zones} />
          <DoNotCallPanel
            customerId={customer.id}
            doNotCall={customer.doNotCall}
            entries={sources.doNotCallRows.map((e) => ({ ...e, createdAt: e.createdAt.toISOString() }))}
            timeZone={member.workspace.timeZone}
          />
        </div>
        <section aria-labelledby="timeline-heading" className="space-y-3">
          <h2 id="timeline-heading" className="text-base font-semibold">
            Timeline
          </h2>
          <CustomerNoteForm customerId={customer.id} />
          <CustomerTimeline entries={timeline} timeZone={member.workspace.timeZone} />
        </section>
      </div>
    </div>
  );
}
