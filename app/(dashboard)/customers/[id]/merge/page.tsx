import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { countCustomerHistory } from "@/db/queries/customer-merge";
import { findCustomersByPhone } from "@/db/queries/customer-records";
import { findCustomer, searchCustomers } from "@/db/queries/customers";
import { MergeCustomersForm } from "@/components/customers/merge-customers-form";
import { buttonClasses } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { Customer } from "@/db/schema";
import { requireMember } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { formatPhone } from "@/lib/phone";

export const metadata: Metadata = { title: "Merge customers" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ q?: string | string[]; with?: string | string[] }> };

const uuid = (v: unknown) => (typeof v === "string" && z.guid().safeParse(v).success ? v : null);

function RecordCard({ customer, counts, title }: { customer: Customer; counts: Record<string, number>; title: string }) {
  return (
    <section aria-label={title} className="rounded-lg border border-slate-200 p-4 text-sm dark:border-slate-800">
      <h2 className="text-base font-semibold">{customer.name}</h2>
      <dl className="mt-2 grid grid-cols-[6rem_minmax(0,1fr)] gap-x-3 gap-y-1">
        <dt className="text-slate-500 dark:text-slate-400">Phone</dt>
        <dd className="tabular-nums">{formatPhone(customer.phone)}</dd>
        <dt className="text-slate-500 dark:text-slate-400">Email</dt>
        <dd className="break-words">{customer.email ?? "—"}</dd>
        <dt className="text-slate-500 dark:text-slate-400">Address</dt>
        <dd>{customer.address ?? "—"}</dd>
        <dt className="text-slate-500 dark:text-slate-400">History</dt>
        <dd>
          {counts.calls} calls, {counts.missedCalls} missed, {counts.callbacks} callbacks, {counts.appointments} appointments,{" "}
          {counts.notes} notes
        </dd>
        <dt className="text-slate-500 dark:text-slate-400">Do not call</dt>
        <dd>{customer.doNotCall ? "Yes" : "No"}</dd>
      </dl>
    </section>
  );
}

/**
 * Merge a duplicate into this customer: find the other record (same number first), compare the
 * two, choose which stays. The search is a GET form so the page works before hydration.
 */
export default async function MergeCustomerPage({ params, searchParams }: Props) {
  const member = await requireMember(can.viewCalls);
  const workspaceId = member.workspace.id;
  const { id } = await params;
  if (!uuid(id)) notFound();
  const customer = await findCustomer({ workspaceId, id });
  if (!customer) notFound();
  if (customer.mergedIntoId) redirect(`/customers/${customer.mergedIntoId}/merge`);
  const sp = await searchParams;
  const q = typeof sp.q === "string" ? sp.q.trim().slice(0, 100) : "";
  const otherId = uuid(sp.with);
  const other = otherId && otherId !== id ? await findCustomer({ workspaceId, id: otherId }) : null;

  if (other && !other.mergedIntoId) {
    const [mine, theirs] = await Promise.all([
      countCustomerHistory({ workspaceId, customerId: customer.id }),
      countCustomerHistory({ workspaceId, customerId: other.id }),
    ]);
    const label = (c: Customer) => `${c.name} · ${formatPhone(c.phone)}`;
    return (
      <div className="mx-auto max-w-4xl space-y-4">
        <Header customer={customer} />
        <div className="grid gap-4 md:grid-cols-2">
          <RecordCard customer={customer} counts={mine} title="This record" />
          <RecordCard customer={other} counts={theirs} title="The other record" />
        </div>
        <MergeCustomersForm a={{ id: customer.id, label: label(customer) }} b={{ id: other.id, label: label(other) }} />
        <Link href={`/customers/${customer.id}/merge`} className={buttonClasses({ variant: "ghost", size: "sm" })}>
          Choose another record
        </Link>
      </div>
    );
  }

  const [samePhone, found] = await Promise.all([
    findCustomersByPhone({ workspaceId, phone: customer.phone, excludeId: customer.id }),
    q ? searchCustomers({ workspaceId, query: q, limit: 20 }) : Promise.resolve([]),
  ]);
  const candidates = [
    ...samePhone.map((s) => ({ ...s, phone: customer.phone })),
    ...found.filter((f) => f.id !== customer.id && !samePhone.some((s) => s.id === f.id)),
  ];
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <Header customer={customer} />
      <form
        role="search"
        aria-label="Find the other record"
        action={`/customers/${customer.id}/merge`}
        className="flex flex-wrap items-end gap-3"
      >
        <div className="flex min-w-64 flex-1 flex-col gap-1">
          <label htmlFor="merge-search" className="text-sm font-medium text-slate-800 dark:text-slate-200">
            Other record: name or phone
          </label>
          <Input id="merge-search" name="q" type="search" defaultValue={q} />
        </div>
        <button type="submit" className={buttonClasses({ variant: "primary" })}>
          Find
        </button>
      </form>
      {candidates.length > 0 ? (
        <ul
          aria-label="Records to merge with"
          className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800"
        >
          {candidates.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2 text-sm">
              <span>
                {c.name}
                <span className="ml-2 text-slate-600 tabular-nums dark:text-slate-400">{formatPhone(c.phone)}</span>
                {samePhone.some((s) => s.id === c.id) && <span className="ml-2 text-amber-800 dark:text-amber-300">same number</span>}
              </span>
              <Link href={`/customers/${customer.id}/merge?with=${c.id}`} className={buttonClasses({ size: "sm" })}>
                Compare with {c.name}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {q ? "No other record matches." : "No other record has this number. Search by name or phone."}
        </p>
      )}
    </div>
  );
}

function Header({ customer }: { customer: Customer }) {
  return (
    <div>
      <p className="text-sm">
        <Link href={`/customers/${customer.id}`} className="text-slate-500 hover:underline dark:text-slate-400">
          {customer.name}
        </Link>
      </p>
      <h1 className="text-lg font-semibold">Merge customers</h1>
    </div>
  );
}
