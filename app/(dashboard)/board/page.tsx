import type { Metadata } from "next";
import { Suspense } from "react";
import { listActiveAssistants } from "@/db/queries/assistants";
import { listBoardCalls } from "@/db/queries/board";
import { listCampaignOptions } from "@/db/queries/campaigns";
import { BoardSkeleton } from "@/components/board/board-skeleton";
import { BoardView } from "@/components/board/board-view";
import { requireMember } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { toBoardCall } from "@/lib/calls/to-board-call";
import { providerStatus } from "@/lib/provider/provider-status";
import { ProviderStatusNotice } from "@/components/provider/provider-status-notice";
import { startOfWorkspaceDay } from "./today";

export const metadata: Metadata = { title: "Board" };
export const dynamic = "force-dynamic";

export default async function BoardPage() {
  const member = await requireMember(can.viewCalls);
  const workspaceId = member.workspace.id;
  const since = startOfWorkspaceDay(member.workspace.timeZone);
  const [board, assistants, provider, campaigns] = await Promise.all([
    listBoardCalls({ workspaceId, since }),
    listActiveAssistants({ workspaceId }),
    providerStatus(member.workspace.timeZone),
    listCampaignOptions({ workspaceId, since }),
  ]);
  return (
    <div className="space-y-3">
      <ProviderStatusNotice initial={provider} />
      {/* The filters read the URL's search params, which Next wants behind a Suspense boundary. */}
      <Suspense fallback={<BoardSkeleton />}>
        <BoardView
          // A new workspace means a new live stream and cache; remounting starts both afresh.
          key={workspaceId}
          initial={{ calls: board.rows.map(toBoardCall), earlier: board.earlier }}
          assistants={assistants.map((a) => ({ id: a.id, name: a.name }))}
          campaigns={campaigns}
          userId={member.user.id}
          workspaceId={workspaceId}
          timeZone={member.workspace.timeZone}
        />
      </Suspense>
    </div>
  );
}
