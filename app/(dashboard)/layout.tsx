import { listOpenAlerts } from "@/db/queries/alerts";
import { countDay } from "@/db/queries/day-counts";
import { getAlertPreferences } from "@/db/queries/preferences";
import { listMemberships } from "@/db/queries/users";
import { AlertBanner } from "@/components/alerts/alert-banner";
import { AccountMenu } from "@/components/layout/account-menu";
import { DayProvider } from "@/components/layout/day-provider";
import { MainNav } from "@/components/layout/main-nav";
import { Shortcuts } from "@/components/layout/shortcuts";
import { ThemeToggle } from "@/components/layout/theme-toggle";
import { WorkspaceSwitcher } from "@/components/layout/workspace-switcher";
import { Providers } from "@/components/providers";
import { requireMember } from "@/lib/auth/session";
import { can, hasRole } from "@/lib/auth/roles";

export const dynamic = "force-dynamic";

const ROLE_LABEL = { dispatcher: "Dispatcher", manager: "Manager", admin: "Admin" } as const;

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const member = await requireMember(can.viewCalls);
  const isAdmin = member.role === "admin";
  const [memberships, alerts, counts, prefs] = await Promise.all([
    listMemberships({ userId: member.user.id }),
    isAdmin ? listOpenAlerts({ workspaceId: member.workspace.id }) : Promise.resolve([]),
    countDay({ workspaceId: member.workspace.id, withAttention: hasRole(member.role, can.reviewOutcomes) }),
    getAlertPreferences({ userId: member.user.id }),
  ]);
  return (
    <Providers>
      {/* A new workspace means new counts and new streams. */}
      <DayProvider key={member.workspace.id} initialCounts={counts} initialPrefs={prefs}>
        <header className="sticky top-0 z-20 border-b border-slate-200 bg-white/95 backdrop-blur dark:border-slate-800 dark:bg-slate-900/95">
          <div className="mx-auto flex h-14 max-w-7xl items-center gap-3 px-4">
            <span className="text-sm font-bold tracking-tight text-brand-700 dark:text-brand-100">Callboard</span>
            <MainNav role={member.role} />
            <div className="ml-auto flex min-w-0 items-center gap-2">
              <WorkspaceSwitcher
                current={member.workspace.id}
                options={memberships.map((m) => ({ id: m.workspace.id, name: m.workspace.name }))}
              />
              <ThemeToggle />
              <AccountMenu name={member.user.name} email={member.user.email} roleLabel={ROLE_LABEL[member.role]} />
            </div>
          </div>
        </header>
        <AlertBanner alerts={alerts} timeZone={member.workspace.timeZone} canResolve={isAdmin} />
        <main className="mx-auto max-w-7xl px-4 py-6">{children}</main>
        <Shortcuts />
      </DayProvider>
    </Providers>
  );
}
