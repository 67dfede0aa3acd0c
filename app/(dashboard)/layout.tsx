import { listOpenAlerts } from "@/db/queries/alerts";
import { listMemberships } from "@/db/queries/users";
import { AlertBanner } from "@/components/alerts/alert-banner";
import { NavLinks } from "@/components/layout/nav-links";
import { WorkspaceSwitcher } from "@/components/layout/workspace-switcher";
import { Providers } from "@/components/providers";
import { requireMember } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { signOutAction } from "./actions";

export const dynamic = "force-dynamic";

const ROLE_LABEL = { dispatcher: "Dispatcher", manager: "Manager", admin: "Admin" } as const;

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const member = await requireMember(can.viewCalls);
  const isAdmin = member.role === "admin";
  const [memberships, alerts] = await Promise.all([
    listMemberships({ userId: member.user.id }),
    isAdmin ? listOpenAlerts({ workspaceId: member.workspace.id }) : Promise.resolve([]),
  ]);
  return (
    <Providers>
      <header className="sticky top-0 z-20 border-b border-slate-200 bg-white/95 backdrop-blur dark:border-slate-800 dark:bg-slate-900/95">
        <div className="mx-auto flex h-14 max-w-7xl items-center gap-4 px-4">
          <span className="text-sm font-bold tracking-tight text-brand-600">Callboard</span>
          <NavLinks role={member.role} />
          <div className="ml-auto flex min-w-0 items-center gap-3">
            <WorkspaceSwitcher
              current={member.workspace.id}
              options={memberships.map((m) => ({ id: m.workspace.id, name: m.workspace.name }))}
            />
            <span className="hidden whitespace-nowrap text-sm text-slate-500 xl:inline" title={member.user.email}>
              {member.user.name} · {ROLE_LABEL[member.role]}
            </span>
            <form action={signOutAction}>
              <button
                type="submit"
                className="whitespace-nowrap rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
              >
                Sign out
              </button>
            </form>
          </div>
        </div>
      </header>
      <AlertBanner alerts={alerts} timeZone={member.workspace.timeZone} canResolve={isAdmin} />
      <main className="mx-auto max-w-7xl px-4 py-6">{children}</main>
    </Providers>
  );
}
