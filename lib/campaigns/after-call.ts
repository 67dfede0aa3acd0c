import type { CampaignRowState } from "@/db/schema/enums";
import type { RetryableResult } from "@/db/schema/campaigns";

export type RetryPolicy = { retryOn: readonly RetryableResult[]; retryAfterHours: number; maxAttempts: number };

/** A call's end as the row needs it. */
export type CallEnd = {
  status: string;
  outcomeType: string | null;
  answeredBy: string | null;
  lastError: string | null;
  failureReason: string | null;
};

export type RowVerdict = { state: CampaignRowState; nextAt?: Date; reason: string | null; outcomeType: string | null };

const TERMINAL = new Set(["completed", "no_answer", "busy", "failed", "canceled", "unknown", "rejected", "blocked"]);

export function isTerminal(status: string): boolean {
  return TERMINAL.has(status);
}

/** Which retryable result a call ended with, if any: voicemail counts when the assistant only reached the machine. */
function retryableOf(end: CallEnd): RetryableResult | null {
  if (end.status === "no_answer") return "no_answer";
  if (end.status === "busy") return "busy";
  if (end.status === "completed" && (end.outcomeType === "voicemail_left" || end.answeredBy === "voicemail")) return "voicemail";
  return null;
}

const words: Record<RetryableResult, string> = { no_answer: "No answer", busy: "Line busy", voicemail: "Reached voicemail" };

/**
 * Where a row goes when its call ended: tried again after the policy's hours for a retryable
 * result while attempts remain, else done (any outcome) or failed with the reason.
 */
export function verdictAfterCall(end: CallEnd, attempt: number, policy: RetryPolicy, now: Date): RowVerdict {
  const retryable = retryableOf(end);
  if (retryable && policy.retryOn.includes(retryable) && attempt < policy.maxAttempts) {
    return {
      state: "waiting",
      nextAt: new Date(now.getTime() + policy.retryAfterHours * 3_600_000),
      reason: `${words[retryable]}; trying again (attempt ${attempt + 1} of ${policy.maxAttempts})`,
      outcomeType: end.outcomeType,
    };
  }
  if (end.status === "completed") return { state: "done", reason: null, outcomeType: end.outcomeType };
  if (end.status === "blocked") return { state: "refused", reason: end.lastError ?? "Refused by the calling rules", outcomeType: null };
  const reason = retryable ? words[retryable] : (end.failureReason ?? end.lastError ?? `Ended ${end.status.replace("_", " ")}`);
  return { state: "failed", reason, outcomeType: end.outcomeType };
}
