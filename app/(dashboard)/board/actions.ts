"use server";

import { z } from "zod";
import { listBoardCalls } from "@/db/queries/board";
import { memberAction } from "@/lib/actions/member-action";
import { ok } from "@/lib/actions/result";
import { can } from "@/lib/auth/roles";
import { toBoardCall } from "@/lib/calls/board-call";
import { startOfWorkspaceDay } from "./today";

/** Today's board again, for when the live stream could not replay what the browser missed. */
export const listBoardAction = memberAction({ name: "listBoard", roles: can.viewCalls, schema: z.object({}) }, async (_input, member) => {
  const since = startOfWorkspaceDay(member.workspace.timeZone);
  const rows = await listBoardCalls({ workspaceId: member.workspace.id, since });
  return ok(rows.map(toBoardCall));
});
