import { db } from "@/db";
import {
  campaignBacklog,
  claimDueRows,
  claimStaleDialingRows,
  countInFlight,
  findCampaign,
  listEndedCallRows,
  setPace,
  transitionCampaign,
  updateCampaignRow,
  type DialRow,
} from "@/db/queries/campaigns";
import { completeJob, rescheduleJob } from "@/db/queries/jobs";
import { findWorkspace } from "@/db/queries/workspaces";
import type { Campaign, Workspace } from "@/db/schema";
import { zonesForCustomer } from "@/lib/compliance/phone-zones";
import type { TypedJob } from "@/lib/jobs/worker";
import { log } from "@/lib/log/logger";
import { verdictAfterCall } from "./after-call";
import { dialRow } from "./dial-row";
import { notifyCampaignChanged } from "./notify";
import { allowance, refill } from "./pacing";
import { nextDialInstant } from "./window";

/** How often a running campaign's scheduler wakes (the worker's poll adds up to JOB_POLL_MS). */
export const TICK_MS = 1000;
/** A row left 'dialing' this long was claimed by a tick that died; it is dialled again with its key. */
const STALE_DIALING_MS = 30_000;
/** Rows looked at per round, so one tick never holds thousands in memory. */
const BATCH = 200;
/** Rows dialled side by side within a tick. */
const DIAL_CONCURRENCY = 6;

async function inPool<T, R>(items: T[], size: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await run(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, lane));
  return results;
}

/** Ends of the row's calls: done, failed, or back to wait for a retry under the campaign's policy. */
async function settleEndedRows(campaign: Campaign, now: Date): Promise<number> {
  const ended = await listEndedCallRows({ campaignId: campaign.id });
  for (const row of ended) {
    const v = verdictAfterCall(row, row.attempt, campaign, now);
    await updateCampaignRow({
      campaignId: campaign.id,
      id: row.id,
      values: { state: v.state, reason: v.reason, outcomeType: v.outcomeType, ...(v.nextAt ? { nextAt: v.nextAt } : {}) },
    });
  }
  return ended.length;
}

type Outcome = "dialled" | "waits" | "refused";

/** One claimed row: the campaign's own window first (it waits, its attempt handed back), then placeCall. */
async function handleRow(campaign: Campaign, workspace: Workspace, row: DialRow, now: Date): Promise<Outcome> {
  const { zones } = await zonesForCustomer({ timeZone: row.customerTimeZone, phone: row.phone }, workspace.timeZone);
  const at = nextDialInstant(now, zones, campaign);
  const scope = { campaignId: campaign.id, id: row.id };
  if (at === null) {
    await updateCampaignRow({
      ...scope,
      values: { state: "refused", attempt: row.attempt - 1, reason: "The campaign's window ended before this number could be called" },
    });
    return "refused";
  }
  if (at > now) {
    await updateCampaignRow({
      ...scope,
      values: { state: "waiting", attempt: row.attempt - 1, nextAt: at, reason: "Waiting for the campaign's hours in the callee's zone" },
    });
    return "waits";
  }
  const result = await dialRow(campaign, row, workspace);
  if (result.kind === "placed") {
    await updateCampaignRow({ ...scope, values: { state: "calling", callId: result.callId, reason: null } });
    return "dialled";
  }
  if (result.kind === "wait") {
    await updateCampaignRow({
      ...scope,
      values: { state: "waiting", attempt: row.attempt - 1, nextAt: result.until, reason: result.reason },
    });
    return "waits";
  }
  await updateCampaignRow({ ...scope, values: { state: "refused", callId: result.callId, reason: result.reason } });
  return "refused";
}

/**
 * A running campaign's scheduler, one job per campaign that books its own next run: settle ended
 * calls, re-dial rows a dead tick left half-done (same attempt, same key), then start as many due
 * rows as the pacing bucket and the in-flight cap allow. Every row meets placeCall's checks now,
 * at dial time, so an opt-out while the row was queued is honoured.
 */
export async function campaignTickJob(job: TypedJob<"campaign_tick">): Promise<void> {
  const { workspaceId, campaignId } = job.payload;
  const [campaign, workspace] = await Promise.all([findCampaign({ workspaceId, id: campaignId }), findWorkspace({ id: workspaceId })]);
  if (!campaign || !workspace || campaign.status !== "running") return completeJob({ id: job.id });
  const now = new Date();

  const settled = await settleEndedRows(campaign, now);
  const stale = await claimStaleDialingRows({ campaignId, olderThan: new Date(now.getTime() - STALE_DIALING_MS), limit: BATCH });
  for (const row of stale) await handleRow(campaign, workspace, row, now);

  let tokens = refill({ tokens: campaign.paceTokens, at: campaign.paceAt }, campaign.ratePerMinute, now);
  let dialled = 0;
  let inFlight = await countInFlight({ campaignId });
  for (let round = 0; round < 10; round++) {
    const room = allowance(tokens, inFlight, campaign.maxInFlight);
    if (room === 0) break;
    const rows = await claimDueRows({ campaignId, limit: Math.min(room, BATCH) });
    if (rows.length === 0) break;
    // A few at once: each row waits mostly on the database; rows are distinct customers.
    const outcomes = await inPool(rows, DIAL_CONCURRENCY, (row) => handleRow(campaign, workspace, row, now));
    const placed = outcomes.filter((o) => o === "dialled").length;
    tokens -= placed;
    dialled += placed;
    inFlight += placed;
  }
  await setPace({ workspaceId, id: campaignId, tokens, at: now });

  const backlog = await campaignBacklog({ campaignId });
  await db.transaction(async (tx) => {
    if (backlog.open === 0) {
      await transitionCampaign({ workspaceId, id: campaignId, from: ["running"], to: "completed", values: { finishedAt: now } }, tx);
      await completeJob({ id: job.id }, tx);
    } else {
      // Soon while calls are out or rows are due; else at the next waiting row (at most a minute away, to notice ends).
      const due = backlog.nextAt && backlog.nextAt.getTime() > now.getTime() + TICK_MS ? backlog.nextAt : new Date(now.getTime() + TICK_MS);
      const soon = inFlight > 0 ? new Date(now.getTime() + TICK_MS) : due;
      await rescheduleJob({ id: job.id, runAt: new Date(Math.min(soon.getTime(), now.getTime() + 60_000)) }, tx);
    }
    if (dialled > 0 || settled > 0 || stale.length > 0 || backlog.open === 0) await notifyCampaignChanged({ workspaceId, campaignId }, tx);
  });
  if (dialled > 0) log.debug({ campaignId, dialled, inFlight }, "campaign tick");
}
