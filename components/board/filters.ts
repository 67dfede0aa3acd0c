import { callPurposes, type CallPurpose, type OutcomeType } from "@/db/schema/enum-values";
import type { BoardCall } from "@/lib/calls/board-call";
import { isOutcomeType } from "@/lib/labels";

/** The board's filters, kept in the URL (?calls=mine&purpose=…&assistant=…&outcome=…) so a view can be shared. */
export type BoardFilters = {
  mine: boolean;
  purpose: CallPurpose | null;
  assistantId: string | null;
  outcome: OutcomeType | null;
  /** Only the calls one campaign placed (?campaign=<id>). */
  campaignId: string | null;
};

export type FilterKey = "calls" | "purpose" | "assistant" | "outcome" | "campaign";

type Params = { get(name: string): string | null };

export function readFilters(params: Params): BoardFilters {
  const purpose = params.get("purpose");
  const outcome = params.get("outcome");
  return {
    mine: params.get("calls") === "mine",
    purpose: purpose && (callPurposes as readonly string[]).includes(purpose) ? (purpose as CallPurpose) : null,
    assistantId: params.get("assistant") || null,
    outcome: outcome && isOutcomeType(outcome) ? outcome : null,
    campaignId: params.get("campaign") || null,
  };
}

export function isFiltered(f: BoardFilters): boolean {
  return f.mine || f.purpose !== null || f.assistantId !== null || f.outcome !== null || f.campaignId !== null;
}

export function matchesFilters(call: BoardCall, f: BoardFilters, userId: string): boolean {
  if (f.mine && call.placedBy !== userId) return false;
  if (f.purpose && call.purpose !== f.purpose) return false;
  if (f.assistantId && call.assistantId !== f.assistantId) return false;
  if (f.outcome && call.outcomeType !== f.outcome) return false;
  if (f.campaignId && call.campaignId !== f.campaignId) return false;
  return true;
}
