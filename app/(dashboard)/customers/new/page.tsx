import type { Metadata } from "next";
import { CustomerForm } from "@/components/customers/customer-form";
import { requireMember } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "New customer" };
export const dynamic = "force-dynamic";

export default async function NewCustomerPage() {
  await requireMember(can.viewCalls);
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-lg font-semibold">New customer</h1>
      <CustomerForm
        initial={{ name: "", preferredName: "", phone: "", email: "", address: "", notes: "", verified: true, allowDuplicatePhone: false }}
      />
    </div>
  );
}
