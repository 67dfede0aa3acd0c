import { db } from "@/db";
import {
  campaignBacklog,
  claimDueRows,
  claimStaleDialingRows,
  countInFlight,
  findCampaign,
  markRowsCalling,
  setPace,
  transitionCampaign,
  updateCampaignRow,
  type DialRow,
} from "@/db/queries/campaigns";
import { findCallByIdempotencyKey } from "@/db/queries/calls";
import { completeJob, rescheduleJob } from "@/db/queries/jobs";
import { findWorkspace } from "@/db/queries/workspaces";
import type { Campaign, Workspace } from "@/db/schema";
import { zonesForCustomer } from "@/lib/compliance/phone-zones";
import type { TypedJob } from "@/lib/jobs/worker";
import { log } from "@/lib/log/logger";
import { campaignCallKey, dialRow } from "./dial-row";
import { notifyCampaignChanged } from "./notify";
import { allowance, dueCalls } from "./pacing";
import { settleCampaignCalls, sweepEndedCampaignRows } from "./settle";
import { nextDialInstant } from "./window";

/** How often a running campaign's scheduler wakes (the worker's poll adds up to JOB_POLL_MS). */
export const TICK_MS = 1000;
/** A row left 'dialing' this long was claimed by a tick that died; it is dialled again with its key. */
const STALE_DIALING_MS = 30_000;
/** Rows looked at per round, so one tick never holds thousands in memory. */
const BATCH = 200;
/** Rows dialled side by side within a tick. */
const DIAL_CONCURRENCY = 8;

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

/** Rows settle when their call ends (settle.ts); this sweep only catches a rare race, once a minute per process. */
const SWEEP_EVERY_MS = 60_000;
const lastSweep = new Map<string, number>();

async function sweepIfDue(campaignId: string, now: Date): Promise<number> {
  if (now.getTime() - (lastSweep.get(campaignId) ?? 0) < SWEEP_EVERY_MS) return 0;
  lastSweep.set(campaignId, now.getTime());
  return sweepEndedCampaignRows(campaignId, now);
}

type Outcome = { kind: "dialled"; rowId: number; callId: string } | { kind: "waits" | "refused" };

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
    return { kind: "refused" };
  }
  if (at > now) {
    await updateCampaignRow({
      ...scope,
      values: { state: "waiting", attempt: row.attempt - 1, nextAt: at, reason: "Waiting for the campaign's hours in the callee's zone" },
    });
    return { kind: "waits" };
  }
  const result = await dialRow(campaign, row, workspace);
  // Marked 'calling' with the round's other rows, in one statement (markDialled).
  if (result.kind === "placed") return { kind: "dialled", rowId: row.id, callId: result.callId };
  if (result.kind === "wait") {
    await updateCampaignRow({
      ...scope,
      values: { state: "waiting", attempt: row.attempt - 1, nextAt: result.until, reason: result.reason },
    });
    return { kind: "waits" };
  }
  await updateCampaignRow({ ...scope, values: { state: "refused", callId: result.callId, reason: result.reason } });
  return { kind: "refused" };
}

/**
 * Rows whose call is placed become 'calling', a round at a time (one commit, not one per row).
 * A call that already ended meanwhile (a refused send, from another instance) found no row to
 * settle then, so it is settled now.
 */
async function markDialled(campaignId: string, outcomes: Outcome[]): Promise<number> {
  const placed = outcomes.flatMap((o) => (o.kind === "dialled" ? [{ id: o.rowId, callId: o.callId }] : []));
  if (placed.length === 0) return 0;
  await db.transaction(async (tx) => {
    await markRowsCalling({ campaignId, rows: placed }, tx);
    await settleCampaignCalls(
      placed.map((p) => p.callId),
      tx,
    );
  });
  return placed.length;
}

/**
 * A canceled campaign dials nothing, but its calls still out end later: their rows settle as they
 * end; this sweeps up after them once a minute until none is left, then stops.
 */
async function afterCancel(job: TypedJob<"campaign_tick">, campaign: Campaign, now: Date): Promise<void> {
  // Rows a dead tick left 'dialing': on a call if their call was stored, else never dialled.
  const stale = await claimStaleDialingRows({
    campaignId: campaign.id,
    olderThan: new Date(now.getTime() - STALE_DIALING_MS),
    limit: BATCH,
  });
  for (const row of stale) {
    const call = await findCallByIdempotencyKey({
      workspaceId: campaign.workspaceId,
      idempotencyKey: campaignCallKey(campaign.id, row.id, row.attempt),
    });
    if (call) await markDialled(campaign.id, [{ kind: "dialled", rowId: row.id, callId: call.id }]);
    else
      await updateCampaignRow({
        campaignId: campaign.id,
        id: row.id,
        values: { state: "canceled", reason: "Not dialled: the campaign was canceled" },
      });
  }
  await sweepEndedCampaignRows(campaign.id, now);
  if ((await countInFlight({ campaignId: campaign.id })) === 0) {
    lastSweep.delete(campaign.id);
    return completeJob({ id: job.id });
  }
  await rescheduleJob({ id: job.id, runAt: new Date(now.getTime() + SWEEP_EVERY_MS) });
}

/**
 * A running campaign's scheduler, one job per campaign that books its own next run: re-dial rows
 * a dead tick left half-done (same attempt, same key), then start the calls the pace says are due
 * by now (pacing.ts: counted from the start, so a slow tick is made up by the next), within the
 * in-flight cap. Rows leave "On a call" when their call ends (settle.ts), not by polling here.
 * Every row meets placeCall's checks now, at dial time, so an opt-out while queued is honoured.
 */
export async function campaignTickJob(job: TypedJob<"campaign_tick">): Promise<void> {
  const { workspaceId, campaignId } = job.payload;
  const [campaign, workspace] = await Promise.all([findCampaign({ workspaceId, id: campaignId }), findWorkspace({ id: workspaceId })]);
  const now = new Date();
  if (campaign?.status === "canceled") return afterCancel(job, campaign, now);
  if (!campaign || !workspace || campaign.status !== "running") return completeJob({ id: job.id });

  const settled = await sweepIfDue(campaignId, now);
  const stale = await claimStaleDialingRows({ campaignId, olderThan: new Date(now.getTime() - STALE_DIALING_MS), limit: BATCH });
  const redialled: Outcome[] = [];
  for (const row of stale) redialled.push(await handleRow(campaign, workspace, row, now));
  await markDialled(campaignId, redialled);

  let { due, sent } = dueCalls({ anchorAt: campaign.paceAt, sent: campaign.paceTokens }, campaign.ratePerMinute, now);
  let dialled = 0;
  // Rows that waited or were refused change the page too: a refusal in a tick that dials nothing
  // else (the last row, an opt-out) must still reach the open campaign page.
  let handled = stale.length;
  let inFlight = await countInFlight({ campaignId, upTo: campaign.maxInFlight });
  for (let round = 0; round < 10; round++) {
    const room = allowance(due, inFlight, campaign.maxInFlight);
    if (room === 0) break;
    const rows = await claimDueRows({ campaignId, limit: Math.min(room, BATCH) });
    if (rows.length === 0) break;
    // A few at once: each row waits mostly on the database; rows are distinct customers.
    const outcomes = await inPool(rows, DIAL_CONCURRENCY, (row) => handleRow(campaign, workspace, row, now));
    const placed = await markDialled(campaignId, outcomes);
    handled += rows.length;
    due -= placed;
    sent += placed;
    dialled += placed;
    inFlight += placed;
  }
  await setPace({ workspaceId, id: campaignId, tokens: sent, at: campaign.paceAt ?? now });

  const backlog = await campaignBacklog({ campaignId });
  await db.transaction(async (tx) => {
    if (!backlog.open) {
      await transitionCampaign({ workspaceId, id: campaignId, from: ["running"], to: "completed", values: { finishedAt: now } }, tx);
      await completeJob({ id: job.id }, tx);
      lastSweep.delete(campaignId);
    } else {
      // Soon while calls are out or rows are due; else at the next waiting row (at most a minute away).
      const next =
        backlog.nextAt && backlog.nextAt.getTime() > now.getTime() + TICK_MS ? backlog.nextAt : new Date(now.getTime() + TICK_MS);
      const soon = inFlight > 0 ? new Date(now.getTime() + TICK_MS) : next;
      await rescheduleJob({ id: job.id, runAt: new Date(Math.min(soon.getTime(), now.getTime() + 60_000)) }, tx);
    }
    if (handled > 0 || settled > 0 || !backlog.open) await notifyCampaignChanged({ workspaceId, campaignId }, tx);
  });
  if (dialled > 0) log.debug({ campaignId, dialled, inFlight }, "campaign tick");
}
