import { db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { cancelOpenRows, findCampaign, transitionCampaign } from "@/db/queries/campaigns";
import { enqueueJob, hasOpenCampaignJob } from "@/db/queries/jobs";
import type { CampaignStatus } from "@/db/schema/enums";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { CAMPAIGN_TICK_JOB } from "@/lib/jobs/kinds";
import { notifyCampaignChanged } from "./notify";

export type CampaignCommand = "start" | "pause" | "resume" | "cancel";

const moves: Record<CampaignCommand, { from: CampaignStatus[]; to: CampaignStatus }> = {
  start: { from: ["draft"], to: "running" },
  pause: { from: ["running"], to: "paused" },
  resume: { from: ["paused"], to: "running" },
  cancel: { from: ["draft", "running", "paused"], to: "canceled" },
};

/**
 * Start, pause, resume, cancel: one conditional update each, audited, in one transaction with the
 * scheduler job it needs. Pausing stops new dials at the next tick; calls already out finish.
 * Cancelling also closes the rows not yet dialled; rows on a call settle as their calls end.
 */
export async function controlCampaign({
  workspaceId,
  campaignId,
  command,
  userId,
}: {
  workspaceId: string;
  campaignId: string;
  command: CampaignCommand;
  userId: string;
}): Promise<ActionResult<{ status: CampaignStatus }>> {
  const move = moves[command];
  const now = new Date();
  const done = await db.transaction(async (tx) => {
    const row = await transitionCampaign(
      {
        workspaceId,
        id: campaignId,
        from: move.from,
        to: move.to,
        values:
          command === "start"
            ? { startedAt: now, paceAt: now, paceTokens: 0 }
            : command === "resume"
              ? { paceAt: now, paceTokens: 0 }
              : command === "cancel"
                ? { finishedAt: now }
                : {},
      },
      tx,
    );
    if (!row) return null;
    if (command === "cancel") await cancelOpenRows({ campaignId }, tx);
    // Canceled, the scheduler still sweeps up after the calls already out (tick.ts).
    if (move.to !== "paused" && !(await hasOpenCampaignJob({ kind: CAMPAIGN_TICK_JOB, campaignId }, tx))) {
      await enqueueJob({ kind: CAMPAIGN_TICK_JOB, payload: { workspaceId, campaignId } }, tx);
    }
    await recordAudit(
      {
        workspaceId,
        actorId: userId,
        action: `campaign.${command}`,
        entityType: "campaign",
        entityId: campaignId,
        before: { status: move.from },
        after: { status: move.to },
      },
      tx,
    );
    await notifyCampaignChanged({ workspaceId, campaignId }, tx);
    return row;
  });
  if (done) return ok({ status: done.status });
  const current = await findCampaign({ workspaceId, id: campaignId });
  return fail(current ? `The campaign is ${current.status}; it cannot ${command} now.` : "That campaign no longer exists.");
}
