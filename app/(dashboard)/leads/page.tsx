import type { Metadata } from "next";
import { listLeads } from "@/db/queries/leads";
import { findActiveAssistant } from "@/db/queries/assistants";
import { LeadsView } from "@/components/leads/leads-view";
import { WorkListTabs } from "@/components/layout/work-list-tabs";
import { requireMember } from "@/lib/auth/session";
import { can, hasRole } from "@/lib/auth/roles";
import { toLeadItem } from "@/lib/leads/item";

export const metadata: Metadata = { title: "Leads" };
export const dynamic = "force-dynamic";

export default async function LeadsPage() {
  const member = await requireMember(can.viewCalls);
  const { workspace } = member;
  const [rows, assistant] = await Promise.all([
    listLeads({ workspaceId: workspace.id }),
    workspace.leadAssistantId ? findActiveAssistant({ workspaceId: workspace.id, id: workspace.leadAssistantId }) : null,
  ]);
  return (
    <div className="space-y-4">
      <WorkListTabs current="/leads" />
      <LeadsView
        key={workspace.id}
        workspaceId={workspace.id}
        initialItems={rows.map(toLeadItem)}
        timeZone={workspace.timeZone}
        leadAssistantName={assistant?.name ?? null}
        isAdmin={hasRole(member.role, can.manageSettings)}
      />
    </div>
  );
}
