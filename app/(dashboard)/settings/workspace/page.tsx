import type { Metadata } from "next";
import { CreateWorkspaceForm } from "@/components/workspace/create-workspace-form";
import { WorkspaceForm } from "@/components/workspace/workspace-form";
import { SettingsSection } from "@/components/settings/settings-section";
import { requireMember } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { toDayRows } from "@/lib/workspaces/business-hours";

export const metadata: Metadata = { title: "Workspace" };
export const dynamic = "force-dynamic";

export default async function WorkspaceSettingsPage() {
  const { workspace } = await requireMember(can.manageSettings);
  return (
    <div className="space-y-4">
      <SettingsSection
        title="Workspace"
        description="Calling hours, slot suggestions and the missed-call SLA follow the time zone, business hours and holidays set here."
      >
        <WorkspaceForm
          initial={{
            name: workspace.name,
            timeZone: workspace.timeZone,
            businessHours: toDayRows(workspace.businessHours),
            holidays: workspace.holidays,
            providerWorkspaceId: workspace.providerWorkspaceId,
            allowedCountries: workspace.allowedCountries,
          }}
        />
      </SettingsSection>
      <SettingsSection
        title="Another workspace"
        description="For a second brand or branch with its own people, assistants and customers. You become its first admin."
      >
        <CreateWorkspaceForm />
      </SettingsSection>
    </div>
  );
}
