import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { findCustomer } from "@/db/queries/customers";
import { CustomerForm } from "@/components/customers/customer-form";
import { requireMember } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { formatPhone } from "@/lib/phone";

export const metadata: Metadata = { title: "Edit customer" };
export const dynamic = "force-dynamic";

export default async function EditCustomerPage({ params }: { params: Promise<{ id: string }> }) {
  const member = await requireMember(can.viewCalls);
  const { id } = await params;
  if (!z.guid().safeParse(id).success) notFound();
  const c = await findCustomer({ workspaceId: member.workspace.id, id });
  if (!c) notFound();
  if (c.mergedIntoId) redirect(`/customers/${c.mergedIntoId}/edit`);
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-lg font-semibold">Edit {c.name}</h1>
      <CustomerForm
        initial={{
          id: c.id,
          name: c.name,
          preferredName: c.preferredName ?? "",
          phone: formatPhone(c.phone),
          email: c.email ?? "",
          address: c.address ?? "",
          notes: c.notes ?? "",
          verified: c.verified,
          allowDuplicatePhone: false,
        }}
      />
    </div>
  );
}
