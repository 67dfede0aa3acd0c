import type { Metadata } from "next";
import { zoneName } from "@/lib/format/time";
import { AttentionList } from "@/components/attention/attention-list";
import { AttentionLive } from "@/components/attention/attention-live";
import { buildAttentionGroups } from "@/components/attention/view-model";
import { listOpenAttention } from "@/db/queries/attention";
import { can } from "@/lib/auth/roles";
import { requireMember } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Attention" };
export const dynamic = "force-dynamic";

export default async function AttentionPage() {
  const member = await requireMember(can.reviewOutcomes);
  const { workspace } = member;
  const rows = await listOpenAttention({ workspaceId: workspace.id });
  const groups = buildAttentionGroups(rows, workspace.timeZone);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-lg font-semibold">
            Attention <span className="font-normal text-slate-500 dark:text-slate-400">· {rows.length} open</span>
          </h1>
          <p className="text-sm text-slate-500 dark:text-slate-400">
            Calls a person should look at, longest waiting first. Times are {zoneName(workspace.timeZone)}.
          </p>
        </div>
        <AttentionLive />
      </div>
      <AttentionList groups={groups} />
    </div>
  );
}
