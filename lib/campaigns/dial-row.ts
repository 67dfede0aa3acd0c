import type { Campaign, Workspace } from "@/db/schema";
import type { DialRow } from "@/db/queries/campaigns";
import { derivedRequestKey } from "@/lib/calls/derived-key";
import { placeCall } from "@/lib/calls/place-call";
import { instantToWallTime, wallTimeToInstant } from "@/lib/time/zoned";
import { templateTarget } from "@/lib/validation/campaign";
import type { PlaceCallValues } from "@/lib/validation/call";
import { renderTemplate } from "./template";

/** The Idempotency-Key of one try of one row: however often the scheduler runs, one call per (campaign, row, attempt). */
export function campaignCallKey(campaignId: string, rowId: number, attempt: number): string {
  return derivedRequestKey("campaign", campaignId, rowId, attempt);
}

export function rowCallValues(campaign: Campaign, row: DialRow, timeZone: string, now = new Date()): PlaceCallValues {
  const { text } = renderTemplate(campaign.contextTemplate, row.fields);
  return {
    requestKey: campaignCallKey(campaign.id, row.id, row.attempt),
    customerId: row.customerId,
    phoneNumber: row.phone,
    purpose: campaign.purpose,
    assistantId: campaign.assistantId,
    context: { [templateTarget(campaign.purpose)]: text.slice(0, 2000) },
    // Slots that have started are not offered: that would book the past.
    slots: campaign.slots.filter((s) => wallTimeToInstant(s.start, timeZone) > now).map((s) => ({ start: s.start, end: s.end })),
    maxDuration: 600,
    recordCall: true,
  };
}

export type DialResult =
  | { kind: "placed"; callId: string }
  | { kind: "wait"; until: Date; reason: string }
  | { kind: "refused"; reason: string; callId: string | null };

const DUPLICATE_WAIT_MS = 2 * 60_000;

/**
 * One row through placeCall, exactly as a dispatcher's call: number, do-not-call, calling hours in
 * the callee's zone, 7-in-7, the duplicate guard. Outside hours and behind a duplicate the row
 * waits (nothing is stored, the attempt's key stays unused); a hard rule refuses it, kept as a
 * blocked call and as the row's reason.
 */
export async function dialRow(campaign: Campaign, row: DialRow, workspace: Workspace): Promise<DialResult> {
  const values = rowCallValues(campaign, row, workspace.timeZone);
  const result = await placeCall(values, { workspace, userId: null, campaignId: campaign.id, sendInline: false });
  if (result.ok) {
    const call = result.data;
    if (call.status === "blocked" || call.status === "rejected")
      return { kind: "refused", reason: call.message ?? "Refused", callId: call.id };
    return { kind: "placed", callId: call.id };
  }
  const allowedAt = result.allowedAt ? new Date(result.allowedAt) : null;
  if (result.code === "outside_calling_hours" && allowedAt) {
    return {
      kind: "wait",
      until: allowedAt,
      reason: `Outside calling hours; waits until ${instantToWallTime(allowedAt, workspace.timeZone).replace("T", " ")} (${workspace.timeZone})`,
    };
  }
  if (result.code === "confirm_duplicate") {
    return {
      kind: "wait",
      until: allowedAt ?? new Date(Date.now() + DUPLICATE_WAIT_MS),
      reason: result.error.replace(/ Place it anyway\?$/, "; waits for it"),
    };
  }
  // A hard rule (do-not-call, 7-in-7) keeps the request as a blocked call: the row links to it.
  return { kind: "refused", reason: result.error.replace(/^Not placed: /, ""), callId: result.callId ?? null };
}
