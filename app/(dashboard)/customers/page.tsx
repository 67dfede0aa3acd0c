import type { Metadata } from "next";
import Link from "next/link";
import { listCustomersPage } from "@/db/queries/customer-list";
import { CustomerSearchForm } from "@/components/customers/customer-search-form";
import { CustomersTable } from "@/components/customers/customers-table";
import { buttonClasses } from "@/components/ui/button";
import { requireMember } from "@/lib/auth/session";
import { can, hasRole } from "@/lib/auth/roles";
import { decodeCustomerCursor, encodeCustomerCursor } from "@/lib/customers/cursor";
import { customerFilterKeys, customerListParamsSchema } from "@/lib/customers/filters";

export const metadata: Metadata = { title: "Customers" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PAGE_SIZE = 50;

export default async function CustomersPage({ searchParams }: Props) {
  const member = await requireMember(can.viewCalls);
  const raw = await searchParams;
  const params = customerListParamsSchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const filters = Object.fromEntries(customerFilterKeys.map((k) => [k, params[k]]));
  const page = await listCustomersPage({
    workspaceId: member.workspace.id,
    query: params.q,
    filters,
    cursor: decodeCustomerCursor(params.cursor),
    limit: PAGE_SIZE,
  });
  // Page links keep the search and filters and swap only the cursor.
  const linkTo = (cursor: string) => {
    const q = new URLSearchParams();
    if (params.q) q.set("q", params.q);
    for (const k of customerFilterKeys) if (params[k]) q.set(k, "1");
    q.set("cursor", cursor);
    return `/customers?${q.toString()}`;
  };
  const first = page.rows[0];
  const last = page.rows.at(-1);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-lg font-semibold">Customers</h1>
          <p className="text-sm text-slate-500 dark:text-slate-400">Find a customer by name, any part of their number, or address.</p>
        </div>
        <div className="flex flex-wrap gap-2">
          {hasRole(member.role, can.bulkCustomers) && (
            <>
              <Link href="/customers/import" className={buttonClasses()}>
                Import CSV
              </Link>
              <a href="/api/exports/customers" className={buttonClasses()} download>
                Export CSV
              </a>
            </>
          )}
          <Link href="/customers/new" className={buttonClasses({ variant: "primary" })}>
            New customer
          </Link>
        </div>
      </div>
      <CustomerSearchForm query={params.q} filters={filters} />
      {page.rows.length > 0 ? (
        <CustomersTable rows={page.rows} />
      ) : (
        <p className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-sm text-slate-500 dark:border-slate-700 dark:text-slate-400">
          No customers match. Check the number or name, or clear the filters.
        </p>
      )}
      <nav aria-label="Pages" className="flex justify-between gap-2">
        {page.hasPrev && first ? (
          <Link
            href={linkTo(encodeCustomerCursor({ name: first.name, id: first.id, direction: "prev" }))}
            className={buttonClasses({ size: "sm" })}
          >
            Previous page
          </Link>
        ) : (
          <span />
        )}
        {page.hasNext && last && (
          <Link
            href={linkTo(encodeCustomerCursor({ name: last.name, id: last.id, direction: "next" }))}
            className={buttonClasses({ size: "sm" })}
          >
            Next page
          </Link>
        )}
      </nav>
    </div>
  );
}
