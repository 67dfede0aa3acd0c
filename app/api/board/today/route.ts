import { z } from "zod";
import { startOfWorkspaceDay } from "@/app/(dashboard)/board/today";
import { listBoardCalls } from "@/db/queries/board";
import { ok } from "@/lib/actions/result";
import { can } from "@/lib/auth/roles";
import { toBoardCall } from "@/lib/calls/to-board-call";
import { memberRoute } from "@/lib/routes/member-route";

export const dynamic = "force-dynamic";

/** Today's board again, for when the live stream could not replay what the browser missed. */
export const GET = memberRoute({ name: "listBoard", roles: can.viewCalls, schema: z.object({}) }, async (_input, member) => {
  const since = startOfWorkspaceDay(member.workspace.timeZone);
  const { rows, earlier } = await listBoardCalls({ workspaceId: member.workspace.id, since });
  return ok({ calls: rows.map(toBoardCall), earlier });
});
