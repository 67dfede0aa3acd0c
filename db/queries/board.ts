import { and, desc, eq, gte, inArray, or, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { assistants, attentionItems, calls, users } from "@/db/schema";
import type { AttentionKind } from "@/db/schema/enums";

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

/** Today's board: calls created since `since` (the start of the workspace's day). */
export async function listBoardCalls({ workspaceId, since }: { workspaceId: string; since: Date }, tx: DbOrTx = db) {
  return (
    boardQuery(tx)
      // A call placed yesterday evening and held until this morning belongs on today's board
      // (the same set as `onTodaysBoard`).
      .where(
        and(
          eq(calls.workspaceId, workspaceId),
          or(gte(calls.createdAt, since), gte(calls.scheduledFor, since), inArray(calls.status, ["scheduled", "pending"])),
        ),
      )
      .orderBy(desc(calls.createdAt))
      .limit(500)
  );
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
