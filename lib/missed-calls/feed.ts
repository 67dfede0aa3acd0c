import { db } from "@/db";
import { recordIngestRejection, authenticateIngestToken } from "@/db/queries/ingest-tokens";
import { findCustomerByPhone, findMissedCallByExternalId, insertCallerCustomer, insertMissedCall } from "@/db/queries/missed-calls";
import { firstFeedIssue, missedCallFeedSchema, type MissedCallFeed } from "@/lib/validation/missed-call";
import { bearerToken, hashIngestToken } from "./ingest-token";
import { notifyMissedCallChanged } from "./notify";

/** A missed call is a few hundred bytes; anything near this is not one. */
export const MAX_BODY_BYTES = 64 * 1024;

type ErrorCode = "unauthorized" | "invalid_request" | "payload_too_large" | "internal_error";

function errorResponse(status: number, code: ErrorCode, message: string, field?: string): Response {
  return Response.json({ error: { code, message, ...(field ? { field } : {}) } }, { status });
}

/** The body as text, read no further than the cap, so an oversized request costs us 64 KB at most. */
async function readCapped(request: Request): Promise<{ text: string; tooLarge: boolean }> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  const reader = request.body?.getReader();
  if (!reader) return { text: "", tooLarge: false };
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size <= MAX_BODY_BYTES) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  const tooLarge = size > MAX_BODY_BYTES || declared > MAX_BODY_BYTES;
  if (tooLarge) await reader.cancel().catch(() => {});
  const bytes = new Uint8Array(Math.min(size, MAX_BODY_BYTES));
  let offset = 0;
  for (const chunk of chunks) {
    const part = chunk.subarray(0, bytes.length - offset);
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return { text: new TextDecoder().decode(bytes), tooLarge };
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
  let rawBody = "";
  const refuse = async (status: number, code: ErrorCode, message: string, field?: string) => {
    try {
      await recordIngestRejection({
        workspaceId,
        status,
        reason: field ? `${code} (${field}): ${message}` : `${code}: ${message}`,
        rawBody,
      });
    } catch (error) {
      console.error("[missed-calls feed] could not record a rejection", error);
    }
    return errorResponse(status, code, message, field);
  };

  try {
    const body = await readCapped(request);
    rawBody = body.text;
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

    let json: unknown;
    try {
      json = JSON.parse(body.text);
    } catch {
      return await refuse(400, "invalid_request", "The body is not valid JSON", "body");
    }
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
    console.error("[missed-calls feed] failed", error);
    return refuse(500, "internal_error", "Something went wrong on our side; send the call again (it is safe to repeat).");
  }
}
