import { SettingsTabs } from "@/components/settings/settings-tabs";
import { requireMember } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";

export default async function SettingsLayout({ children }: { children: React.ReactNode }) {
  const { workspace } = await requireMember(can.manageSettings);
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <div>
        <h1 className="text-lg font-semibold">Settings</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">For {workspace.name}. Every change is recorded in the audit log.</p>
      </div>
      <SettingsTabs />
      {children}
    </div>
  );
}
