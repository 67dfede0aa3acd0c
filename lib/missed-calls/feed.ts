import { db } from "@/db";
import { recordIngestRejection, authenticateIngestToken } from "@/db/queries/ingest-tokens";
import { findCustomerByPhone, findMissedCallByExternalId, insertCallerCustomer, insertMissedCall } from "@/db/queries/missed-calls";
import { readCappedBody, storablePrefix } from "@/lib/http/read-capped-body";
import { log } from "@/lib/log/logger";
import { firstFeedIssue, missedCallFeedSchema, type MissedCallFeed } from "@/lib/validation/missed-call";
import { exceedsJsonDepth, findNulCharacter, MAX_JSON_DEPTH, nulMessage } from "@/lib/validation/unstorable-input";
import { bearerToken, hashIngestToken } from "./ingest-token";
import { notifyMissedCallChanged } from "./notify";

/** A missed call is a few hundred bytes; anything near this is not one. */
export const MAX_BODY_BYTES = 64 * 1024;
/** What is kept of a body from an unknown sender, or of one over the cap. */
const REFUSED_PREFIX_CHARS = 4 * 1024;

type ErrorCode = "unauthorized" | "invalid_request" | "payload_too_large" | "internal_error";

function errorResponse(status: number, code: ErrorCode, message: string, field?: string): Response {
  return Response.json({ error: { code, message, ...(field ? { field } : {}) } }, { status });
}

class Replay extends Error {}

/** Stores the missed call and, for an unknown number, its new customer, together or not at all. */
async function store(workspaceId: string, feed: MissedCallFeed): Promise<{ id: string; customerId: string; duplicate: boolean }> {
  const existing = await findMissedCallByExternalId({ workspaceId, externalId: feed.external_id });
  if (existing) return { ...existing, duplicate: true };
  try {
    return await db.transaction(async (tx) => {
      const known = await findCustomerByPhone({ workspaceId, phone: feed.from }, tx);
      const customer =
        known ?? (await insertCallerCustomer({ workspaceId, phone: feed.from, name: feed.caller_name ?? "Unknown caller" }, tx));
      const row = await insertMissedCall(
        {
          workspaceId,
          externalId: feed.external_id,
          fromPhone: feed.from,
          toPhone: feed.to ?? null,
          occurredAt: new Date(feed.occurred_at),
          callerName: feed.caller_name ?? null,
          reason: feed.reason ?? null,
          voicemailUrl: feed.voicemail_url ?? null,
          customerId: customer.id,
        },
        tx,
      );
      // A concurrent replay won the insert: roll back, so no second "unknown caller" is left behind.
      if (!row) throw new Replay();
      await notifyMissedCallChanged({ workspaceId, missedCallId: row.id }, tx);
      return { id: row.id, customerId: customer.id, duplicate: false };
    });
  } catch (error) {
    if (!(error instanceof Replay)) throw error;
    const winner = await findMissedCallByExternalId({ workspaceId, externalId: feed.external_id });
    if (!winner) throw error;
    return { ...winner, duplicate: true };
  }
}

/**
 * POST /api/v1/missed-calls (CONTRACT.md §4). Every refusal is kept with its raw body, so a phone
 * system's bad request can be found and replayed once it is fixed.
 */
export async function receiveMissedCall(request: Request): Promise<Response> {
  let workspaceId: string | null = null;
  let body = { text: "", sha256: "", tooLarge: false };
  const refuse = async (status: number, code: ErrorCode, message: string, field?: string) => {
    try {
      // A signed-in sender's refused body is kept whole (it is under the cap); anyone else's, or
      // one over the cap, only as a prefix with the hash of what arrived.
      const kept = storablePrefix(body.text, workspaceId && !body.tooLarge ? MAX_BODY_BYTES : REFUSED_PREFIX_CHARS);
      await recordIngestRejection({
        workspaceId,
        status,
        reason: field ? `${code} (${field}): ${message}` : `${code}: ${message}`,
        rawBody: kept.text,
        bodySha256: body.sha256 || null,
      });
    } catch (error) {
      log.error({ err: error }, "missed-calls feed: could not record a rejection");
    }
    return errorResponse(status, code, message, field);
  };

  try {
    body = await readCappedBody(request, MAX_BODY_BYTES);
    const token = bearerToken(request.headers.get("authorization"));
    const auth = token ? await authenticateIngestToken({ tokenHash: hashIngestToken(token) }) : null;
    if (!auth)
      return await refuse(
        401,
        "unauthorized",
        token ? "Unknown or revoked ingest token" : "Send the workspace's ingest token as Authorization: Bearer <token>",
      );
    workspaceId = auth.workspaceId;
    if (body.tooLarge) return await refuse(413, "payload_too_large", `The body is larger than ${MAX_BODY_BYTES / 1024} KB`);

    if (exceedsJsonDepth(body.text)) {
      return await refuse(400, "invalid_request", `The body nests deeper than ${MAX_JSON_DEPTH} levels`, "body");
    }
    let json: unknown;
    try {
      json = JSON.parse(body.text);
    } catch {
      return await refuse(400, "invalid_request", "The body is not valid JSON", "body");
    }
    const nulField = findNulCharacter(json);
    if (nulField) return await refuse(400, "invalid_request", nulMessage(nulField), nulField);
    const parsed = missedCallFeedSchema.safeParse(json);
    if (!parsed.success) {
      const { field, message } = firstFeedIssue(parsed.error);
      return await refuse(400, "invalid_request", message, field);
    }

    const saved = await store(workspaceId, parsed.data);
    return Response.json(
      { id: saved.id, customer_id: saved.customerId, duplicate: saved.duplicate },
      { status: saved.duplicate ? 200 : 201 },
    );
  } catch (error) {
    log.error({ err: error }, "missed-calls feed failed");
    return refuse(500, "internal_error", "Something went wrong on our side; send the call again (it is safe to repeat).");
  }
}
