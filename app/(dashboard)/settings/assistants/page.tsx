import type { Metadata } from "next";
import { listAssistants } from "@/db/queries/assistants";
import { AssistantList } from "@/components/assistants/assistant-list";
import { SettingsSection } from "@/components/settings/settings-section";
import { requireMember } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Assistants" };
export const dynamic = "force-dynamic";

export default async function AssistantsPage() {
  const { workspace } = await requireMember(can.manageSettings);
  const assistants = await listAssistants({ workspaceId: workspace.id });
  return (
    <SettingsSection
      title="Assistants"
      description="The AI assistants your provider runs for you, by the id in its dashboard. Dispatchers pick among the active ones that serve a call's purpose. An assistant that has placed calls is deactivated, never deleted."
    >
      <AssistantList
        defaultCallbackId={workspace.defaultCallbackAssistantId}
        assistants={assistants.map((a) => ({
          id: a.id,
          name: a.name,
          providerAssistantId: a.providerAssistantId,
          purposes: a.purposes,
          active: a.active,
        }))}
      />
    </SettingsSection>
  );
}
