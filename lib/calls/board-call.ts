import type { BoardCallRow } from "@/db/queries/board";

/** A board card as the browser receives it: dates as ISO strings, so it survives JSON and SSE. */
export type BoardCall = Omit<BoardCallRow, "createdAt" | "answeredAt" | "endedAt" | "updatedAt" | "scheduledFor" | "canceledAt"> & {
  /** The number as people read it, formatted on the server (the phone metadata stays out of the page). */
  phoneDisplay: string;
  createdAt: string;
  scheduledFor: string | null;
  canceledAt: string | null;
  answeredAt: string | null;
  endedAt: string | null;
  updatedAt: string;
};

export type Lane = "queued" | "live" | "completed" | "problem";

/** Which lane a call sits in: failed, refused and stuck calls all go to "needs attention". */
export function laneOf(call: Pick<BoardCall, "status" | "attention" | "needsReview">): Lane {
  if (call.attention.includes("stuck")) return "problem";
  switch (call.status) {
    case "scheduled":
    case "pending":
    case "queued":
    case "dialing":
      return "queued";
    case "ringing":
    case "in_progress":
      return "live";
    case "completed":
      return "completed";
    default:
      return "problem";
  }
}

/** Ended calls the board shows per lane (the newest); earlier ones are counted and left to Calls. */
export const BOARD_ENDED_SHOWN = 200;

/** Today's ended calls the server left off the board, older than the ones it sent, per lane. */
export type BoardEarlier = { completed: number; problem: number };

/** Today's board as read from the server. */
export type BoardSnapshot = { calls: BoardCall[]; earlier: BoardEarlier };

/**
 * Today's board: calls placed today, plus calls held for today or still waiting to go out (placed
 * last night, sent this morning). `listBoardCalls` selects the same set in SQL.
 */
export function onTodaysBoard(call: Pick<BoardCall, "createdAt" | "scheduledFor" | "status">, dayStart: Date): boolean {
  const since = dayStart.getTime();
  if (Date.parse(call.createdAt) >= since) return true;
  if (call.scheduledFor && Date.parse(call.scheduledFor) >= since) return true;
  return call.status === "scheduled" || call.status === "pending";
}
