import type { Metadata } from "next";
import Link from "next/link";
import { listRecentCalls } from "@/db/queries/calls";
import { CallsTable } from "@/components/calls/calls-table";
import { requireMember } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Calls" };
export const dynamic = "force-dynamic";

export default async function CallsPage() {
  const member = await requireMember(can.viewCalls);
  const calls = await listRecentCalls({ workspaceId: member.workspace.id, limit: 200 });
  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between gap-4">
        <div>
          <h1 className="text-lg font-semibold">Calls</h1>
          <p className="text-sm text-slate-500">The latest calls placed in {member.workspace.name}, newest first.</p>
        </div>
        <Link href="/calls/new" className="rounded-md bg-brand-600 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-700">
          Place call
        </Link>
      </div>
      <CallsTable calls={calls} timeZone={member.workspace.timeZone} />
    </div>
  );
}
