import type { Metadata } from "next";
import Link from "next/link";
import { CustomerImportForm } from "@/components/customers/customer-import-form";
import { requireMember } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Import customers" };
export const dynamic = "force-dynamic";

export default async function ImportCustomersPage() {
  await requireMember(can.bulkCustomers);
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <div>
        <p className="text-sm">
          <Link href="/customers" className="text-slate-500 hover:underline dark:text-slate-400">
            Customers
          </Link>
        </p>
        <h1 className="text-lg font-semibold">Import customers</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Numbers are read as US numbers unless they start with +. Rows with errors are left out; fix them and import the file again.
        </p>
      </div>
      <CustomerImportForm />
    </div>
  );
}
