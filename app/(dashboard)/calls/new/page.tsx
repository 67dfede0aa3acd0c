import type { Metadata } from "next";
import { listActiveAssistants } from "@/db/queries/assistants";
import { PlaceCallForm } from "@/components/calls/place-call-form";
import { requireMember } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Place call" };
export const dynamic = "force-dynamic";

export default async function NewCallPage() {
  const member = await requireMember(can.placeCalls);
  const assistants = await listActiveAssistants({ workspaceId: member.workspace.id });
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <div>
        <h1 className="text-lg font-semibold">Place call</h1>
        <p className="text-sm text-slate-500">An AI assistant calls the customer now and reports back on the calls list.</p>
      </div>
      <PlaceCallForm
        key={member.workspace.id}
        assistants={assistants}
        timeZone={member.workspace.timeZone}
        businessHours={member.workspace.businessHours}
      />
    </div>
  );
}
