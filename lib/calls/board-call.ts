import type { BoardCallRow } from "@/db/queries/board";

/** A board card as the browser receives it: dates as ISO strings, so it survives JSON and SSE. */
export type BoardCall = Omit<BoardCallRow, "createdAt" | "answeredAt" | "endedAt" | "updatedAt"> & {
  createdAt: string;
  answeredAt: string | null;
  endedAt: string | null;
  updatedAt: string;
};

export function toBoardCall(row: BoardCallRow): BoardCall {
  return {
    ...row,
    aiSummary: row.aiSummary ? firstLine(row.aiSummary) : null,
    createdAt: row.createdAt.toISOString(),
    answeredAt: row.answeredAt?.toISOString() ?? null,
    endedAt: row.endedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The board shows the summary's first sentence; the detail page has the rest. */
function firstLine(text: string): string {
  const m = /^(.{1,220}?[.!?])(\s|$)/s.exec(text.trim());
  return m ? m[1] : text.trim().slice(0, 220);
}

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
