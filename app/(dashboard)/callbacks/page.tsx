import type { Metadata } from "next";
import { zoneName } from "@/lib/format/time";
import { listCallbackTasks } from "@/db/queries/callback-tasks";
import { CallbacksTable } from "@/components/callbacks/callbacks-table";
import { requireMember } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Callbacks" };
export const dynamic = "force-dynamic";

export default async function CallbacksPage() {
  const member = await requireMember(can.viewCalls);
  const { workspace } = member;
  const { open, completed } = await listCallbackTasks({ workspaceId: workspace.id });
  const zone = zoneName(workspace.timeZone);
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-lg font-semibold">
          Callbacks <span className="font-normal text-slate-500 dark:text-slate-400">· {open.length} open</span>
        </h1>
        <p className="text-sm text-slate-500 dark:text-slate-400">
          Customers who asked to be called back, soonest due first. Times are in the workspace’s zone ({zone}).
        </p>
      </div>
      {open.length > 0 ? (
        <CallbacksTable tasks={open} timeZone={workspace.timeZone} caption="Open callback requests, soonest due first" />
      ) : (
        <p className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-sm text-slate-500 dark:border-slate-700 dark:text-slate-400">
          No callbacks waiting. When a customer asks to be called back, the request appears here.
        </p>
      )}
      {completed.length > 0 && (
        <details className="group">
          <summary className="cursor-pointer text-sm font-medium text-slate-700 select-none dark:text-slate-300">
            Completed <span className="font-normal text-slate-500 dark:text-slate-400">({completed.length} most recent)</span>
          </summary>
          <div className="mt-3">
            <CallbacksTable tasks={completed} timeZone={workspace.timeZone} caption="Completed callback requests, latest first" completed />
          </div>
        </details>
      )}
    </div>
  );
}
