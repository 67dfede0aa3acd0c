import type { BoardCallRow } from "@/db/queries/board";
import { formatPhone } from "@/lib/phone";
import type { BoardCall } from "./board-call";

/** A board row as the browser receives it (server only: it formats the number). */
export function toBoardCall(row: BoardCallRow): BoardCall {
  return {
    ...row,
    phoneDisplay: formatPhone(row.phoneNumber),
    aiSummary: row.aiSummary ? firstLine(row.aiSummary) : null,
    createdAt: row.createdAt.toISOString(),
    answeredAt: row.answeredAt?.toISOString() ?? null,
    endedAt: row.endedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    scheduledFor: row.scheduledFor?.toISOString() ?? null,
    canceledAt: row.canceledAt?.toISOString() ?? null,
  };
}

/** The board shows the summary's first sentence; the detail page has the rest. */
function firstLine(text: string): string {
  const m = /^(.{1,220}?[.!?])(\s|$)/s.exec(text.trim());
  return m ? m[1] : text.trim().slice(0, 220);
}
