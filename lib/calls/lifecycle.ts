import type { CallStatus } from "@/db/schema/enums";

/**
 * CONTRACT.md §2: queued < dialing < ringing < in_progress < one terminal state. A call only moves
 * forward; a terminal call stays where it is. `pending`/`rejected` are ours (before the provider
 * took the call, or after we gave up on reaching it), so any provider event moves them.
 */
export const liveStatuses = ["queued", "dialing", "ringing", "in_progress"] as const satisfies readonly CallStatus[];

const RANK: Record<CallStatus, number> = {
  scheduled: 0,
  pending: 0,
  rejected: 0,
  blocked: 0,
  queued: 1,
  dialing: 2,
  ringing: 3,
  in_progress: 4,
  completed: 9,
  no_answer: 9,
  busy: 9,
  failed: 9,
  canceled: 9,
  // Ours, not the provider's: ended as far as we can tell. Ranked below the provider's terminal
  // states on purpose, so the one move out of an ended state is a late real terminal event.
  unknown: 8,
};

export function statusRank(status: CallStatus): number {
  return RANK[status];
}

export function isTerminal(status: CallStatus): boolean {
  return RANK[status] === 9;
}

/** The status after an event reporting `incoming`: forward only, never out of a terminal state. */
export function advanceStatus(current: CallStatus, incoming: CallStatus): CallStatus {
  if (current === "blocked" || isTerminal(current)) return current;
  return RANK[incoming] > RANK[current] ? incoming : current;
}

/** The same rule in SQL, for the single-statement hot path; keep the two in step. */
export function rankSql(column: string): string {
  const cases = Object.entries(RANK)
    .map(([status, rank]) => `when '${status}' then ${rank}`)
    .join(" ");
  return `(case ${column}::text ${cases} else 0 end)`;
}

/** Calls that reached nobody: a dispatcher (or the workspace's auto-retry) may try again. */
export function isRetryable(call: { status: CallStatus; outcomeType: string | null }): boolean {
  return ["no_answer", "busy", "failed", "canceled"].includes(call.status) || call.outcomeType === "voicemail_left";
}
