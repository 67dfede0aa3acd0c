import type { Metadata } from "next";
import { Suspense } from "react";
import { findActiveAssistant } from "@/db/queries/assistants";
import { listMissedCalls } from "@/db/queries/missed-calls";
import { MissedCallsView } from "@/components/missed/missed-calls-view";
import { WorkListTabs } from "@/components/layout/work-list-tabs";
import { requireMember } from "@/lib/auth/session";
import { can, hasRole } from "@/lib/auth/roles";
import { simulatorEnabled } from "@/lib/env";
import { toMissedCallItem } from "@/lib/missed-calls/item";

export const metadata: Metadata = { title: "Missed calls" };
export const dynamic = "force-dynamic";

export default async function MissedCallsPage() {
  const member = await requireMember(can.viewCalls);
  const { workspace } = member;
  const [rows, assistant] = await Promise.all([
    listMissedCalls({ workspaceId: workspace.id }),
    workspace.defaultCallbackAssistantId
      ? findActiveAssistant({ workspaceId: workspace.id, id: workspace.defaultCallbackAssistantId })
      : null,
  ]);
  return (
    <div className="space-y-4">
      <WorkListTabs current="/missed" />
      {/* The filters read the URL's search params, which Next wants behind a Suspense boundary. */}
      <Suspense>
        <MissedCallsView
          // A new workspace means a new live stream and cache.
          key={workspace.id}
          workspaceId={workspace.id}
          initialItems={rows.map(toMissedCallItem)}
          timeZone={workspace.timeZone}
          businessHours={workspace.businessHours}
          holidays={workspace.holidays}
          warnMinutes={workspace.slaWarnMinutes}
          breachMinutes={workspace.slaBreachMinutes}
          isAdmin={hasRole(member.role, can.manageSettings)}
          hasDefaultAssistant={Boolean(assistant)}
          simulator={simulatorEnabled()}
        />
      </Suspense>
    </div>
  );
}
