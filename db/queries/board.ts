import { and, count, desc, eq, gte, inArray, ne, not, or, sql, type SQL } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { assistants, attentionItems, calls, users } from "@/db/schema";
import type { AttentionKind } from "@/db/schema/enums";
import { BOARD_ENDED_SHOWN, type BoardEarlier } from "@/lib/calls/board-call";

const openAttention = sql<AttentionKind[]>`coalesce((
  select array_agg(${attentionItems.kind}::text order by ${attentionItems.createdAt})
  from ${attentionItems}
  where ${attentionItems.callId} = ${calls.id} and ${attentionItems.resolvedAt} is null
), '{}')`;

const boardColumns = {
  id: calls.id,
  status: calls.status,
  purpose: calls.purpose,
  customerId: calls.customerId,
  customerName: calls.customerName,
  phoneNumber: calls.phoneNumber,
  assistantId: calls.assistantId,
  campaignId: calls.campaignId,
  assistantName: assistants.name,
  placedBy: calls.placedBy,
  placedByName: users.name,
  providerCallId: calls.providerCallId,
  createdAt: calls.createdAt,
  answeredAt: calls.answeredAt,
  endedAt: calls.endedAt,
  updatedAt: calls.updatedAt,
  answeredBy: calls.answeredBy,
  durationSeconds: calls.durationSeconds,
  maxDuration: calls.maxDuration,
  outcomeType: calls.outcomeType,
  aiSummary: calls.aiSummary,
  needsReview: calls.needsReview,
  lastError: calls.lastError,
  failureReason: calls.failureReason,
  scheduledFor: calls.scheduledFor,
  customerTimeZone: calls.customerTimeZone,
  canceledAt: calls.canceledAt,
  attention: openAttention,
};

function boardQuery(tx: DbOrTx) {
  return tx
    .select(boardColumns)
    .from(calls)
    .innerJoin(assistants, eq(assistants.id, calls.assistantId))
    .leftJoin(users, eq(users.id, calls.placedBy));
}

/** Calls still to go out or on the line: all of today's are on the board, up to this many. */
const BOARD_ACTIVE_LIMIT = 1000;
const ACTIVE_STATUSES = ["scheduled", "pending", "queued", "dialing", "ringing", "in_progress"] as const;

/**
 * Today's board: calls created since `since` (the start of the workspace's day). Every call still
 * to go out or on the line is there; of the ended ones, the newest of each lane (completed; failed
 * and the like), with the number of earlier ones, so a day of thousands of calls never pushes a
 * live call off the board, and each lane's count stays true.
 */
export async function listBoardCalls(
  { workspaceId, since }: { workspaceId: string; since: Date },
  tx: DbOrTx = db,
): Promise<{ rows: BoardCallRow[]; earlier: BoardEarlier }> {
  const today = and(
    eq(calls.workspaceId, workspaceId),
    // A call placed yesterday evening and held until this morning belongs on today's board
    // (the same set as `onTodaysBoard`).
    or(gte(calls.createdAt, since), gte(calls.scheduledFor, since), inArray(calls.status, ["scheduled", "pending"])),
  );
  const active = inArray(calls.status, [...ACTIVE_STATUSES]);
  const ended = { completed: eq(calls.status, "completed"), problem: and(not(active), ne(calls.status, "completed")) };
  const newest = (where: SQL | undefined, limit: number) =>
    boardQuery(tx).where(and(today, where)).orderBy(desc(calls.createdAt)).limit(limit);
  // Both ended lanes' totals in one pass over today's ended calls.
  const totals = async () => {
    const [row] = await tx
      .select({ all: count(), completed: sql<number>`count(*) filter (where ${ended.completed})`.mapWith(Number) })
      .from(calls)
      .where(and(today, not(active)));
    return { completed: row?.completed ?? 0, problem: (row?.all ?? 0) - (row?.completed ?? 0) };
  };
  const [open, completed, problem, total] = await Promise.all([
    newest(active, BOARD_ACTIVE_LIMIT),
    newest(ended.completed, BOARD_ENDED_SHOWN),
    newest(ended.problem, BOARD_ENDED_SHOWN),
    totals(),
  ]);
  const rows = [...open, ...completed, ...problem].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  return {
    rows,
    earlier: { completed: Math.max(0, total.completed - completed.length), problem: Math.max(0, total.problem - problem.length) },
  };
}

function prepareBoardCall() {
  return boardQuery(db)
    .where(and(eq(calls.workspaceId, sql.placeholder("workspaceId")), eq(calls.id, sql.placeholder("callId"))))
    .limit(1)
    .prepare("board_call");
}

// Prepared on first use, not at import: importing must not open the database.
let boardCallStatement: ReturnType<typeof prepareBoardCall> | undefined;

/** Read once per change by the live hub, so it is a prepared statement. */
export async function getBoardCall({ workspaceId, callId }: { workspaceId: string; callId: string }) {
  boardCallStatement ??= prepareBoardCall();
  const [row] = await boardCallStatement.execute({ workspaceId, callId });
  return row ?? null;
}

export type BoardCallRow = Awaited<ReturnType<typeof getBoardCall>> & {};
