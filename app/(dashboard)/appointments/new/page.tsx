import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { findCustomer, searchCustomers } from "@/db/queries/customers";
import { AppointmentForm } from "@/components/appointments/appointment-form";
import { buttonClasses } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { requireMember } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { addDays, todayIn } from "@/lib/appointments/period";
import { formatPhone } from "@/lib/phone";

export const metadata: Metadata = { title: "New appointment" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ customer?: string | string[]; q?: string | string[] }> };

/** First the customer (a GET search, or `?customer=` from a profile), then the slot. */
export default async function NewAppointmentPage({ searchParams }: Props) {
  const member = await requireMember(can.viewCalls);
  const { workspace } = member;
  const sp = await searchParams;
  const customerId = typeof sp.customer === "string" && z.guid().safeParse(sp.customer).success ? sp.customer : null;
  const customer = customerId ? await findCustomer({ workspaceId: workspace.id, id: customerId }) : null;
  const q = typeof sp.q === "string" ? sp.q.trim().slice(0, 100) : "";
  const found = !customer && q ? await searchCustomers({ workspaceId: workspace.id, query: q, limit: 20 }) : [];
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <div>
        <p className="text-sm">
          <Link href="/appointments" className="text-slate-500 hover:underline dark:text-slate-400">
            Appointments
          </Link>
        </p>
        <h1 className="text-lg font-semibold">{customer ? `New appointment for ${customer.name}` : "New appointment"}</h1>
      </div>
      {customer && !customer.mergedIntoId ? (
        <AppointmentForm
          title="New appointment"
          timeZone={workspace.timeZone}
          initial={{
            customerId: customer.id,
            start: `${addDays(todayIn(workspace.timeZone), 1)}T09:00`,
            durationMinutes: workspace.appointmentMinutes,
            status: "booked",
            notes: "",
            allowOverCapacity: false,
          }}
        />
      ) : (
        <>
          <form role="search" aria-label="Find the customer" action="/appointments/new" className="flex flex-wrap items-end gap-3">
            <div className="flex min-w-64 flex-1 flex-col gap-1">
              <label htmlFor="appointment-customer" className="text-sm font-medium text-slate-800 dark:text-slate-200">
                Customer: name or phone
              </label>
              <Input id="appointment-customer" name="q" type="search" defaultValue={q} />
            </div>
            <button type="submit" className={buttonClasses({ variant: "primary" })}>
              Find
            </button>
          </form>
          {found.length > 0 && (
            <ul
              aria-label="Customers found"
              className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800"
            >
              {found.map((c) => (
                <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2 text-sm">
                  <span>
                    {c.name} <span className="text-slate-600 tabular-nums dark:text-slate-400">{formatPhone(c.phone)}</span>
                  </span>
                  <Link href={`/appointments/new?customer=${c.id}`} className={buttonClasses({ size: "sm" })}>
                    Book for {c.name}
                  </Link>
                </li>
              ))}
            </ul>
          )}
          {q && found.length === 0 && <p className="text-sm text-slate-600 dark:text-slate-400">No customer matches.</p>}
        </>
      )}
    </div>
  );
}
