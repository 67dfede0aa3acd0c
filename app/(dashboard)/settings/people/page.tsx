import type { Metadata } from "next";
import { listOpenInvitations } from "@/db/queries/invitations";
import { listMembers } from "@/db/queries/users";
import { InviteForm } from "@/components/people/invite-form";
import { OpenLinks } from "@/components/people/open-links";
import { PeopleTable } from "@/components/people/people-table";
import { SettingsSection } from "@/components/settings/settings-section";
import { requireMember } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "People" };
export const dynamic = "force-dynamic";

export default async function PeoplePage({ searchParams }: { searchParams: Promise<{ welcome?: string }> }) {
  const member = await requireMember(can.manageSettings);
  const { workspace } = member;
  const [people, links, { welcome }] = await Promise.all([
    listMembers({ workspaceId: workspace.id }),
    listOpenInvitations({ workspaceId: workspace.id }),
    searchParams,
  ]);
  return (
    <div className="space-y-4">
      {welcome && (
        <p
          role="status"
          className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950/40 dark:text-emerald-100"
        >
          {workspace.name} is set up. Invite your team here, then add your assistants.
        </p>
      )}
      <SettingsSection
        title="Invite someone"
        description="They get a one-time link, valid for 7 days. Send it to them yourself: it is shown only once."
      >
        <InviteForm timeZone={workspace.timeZone} />
      </SettingsSection>
      <SettingsSection
        title="People"
        description="Everyone who can open this workspace. Changes apply to their next click; disabling someone ends their sessions."
      >
        <PeopleTable
          selfId={member.user.id}
          timeZone={workspace.timeZone}
          people={people.map((p) => ({ ...p, disabledAt: p.disabledAt?.toISOString() ?? null, joinedAt: p.joinedAt.toISOString() }))}
        />
      </SettingsSection>
      <SettingsSection
        title="Open links"
        description="Invitations and password resets not used yet. Withdraw one if it went to the wrong person."
      >
        <OpenLinks
          timeZone={workspace.timeZone}
          links={links.map((l) => ({ ...l, createdAt: l.createdAt.toISOString(), expiresAt: l.expiresAt.toISOString() }))}
        />
      </SettingsSection>
    </div>
  );
}
