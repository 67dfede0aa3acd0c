import type { BoardCallRow } from "@/db/queries/board";

/** A board card as the browser receives it: dates as ISO strings, so it survives JSON and SSE. */
export type BoardCall = Omit<BoardCallRow, "createdAt" | "answeredAt" | "endedAt" | "updatedAt"> & {
  /** The number as people read it, formatted on the server (the phone metadata stays out of the page). */
  phoneDisplay: string;
  createdAt: string;
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
