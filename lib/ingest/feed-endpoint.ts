import type { z } from "zod";
import { authenticateIngestToken, recordIngestRejection } from "@/db/queries/ingest-tokens";
import { readCappedBody, storablePrefix } from "@/lib/http/read-capped-body";
import { log } from "@/lib/log/logger";
import { bearerToken, hashIngestToken } from "@/lib/missed-calls/ingest-token";
import { firstFeedIssue } from "@/lib/validation/missed-call";
import { exceedsJsonDepth, findNulCharacter, MAX_JSON_DEPTH, nulMessage } from "@/lib/validation/unstorable-input";

/** A feed item is a few hundred bytes; anything near this is not one. */
export const MAX_FEED_BODY_BYTES = 64 * 1024;
/** What is kept of a body from an unknown sender, or of one over the cap. */
const REFUSED_PREFIX_CHARS = 4 * 1024;

type ErrorCode = "unauthorized" | "invalid_request" | "payload_too_large" | "internal_error";

function errorResponse(status: number, code: ErrorCode, message: string, field?: string): Response {
  return Response.json({ error: { code, message, ...(field ? { field } : {}) } }, { status });
}

export type FeedStored = { id: string; customerId: string; duplicate: boolean };

/**
 * An ingest endpoint authenticated by a workspace's ingest token (CONTRACT.md §4): the body read no
 * further than the cap, checked, parsed, stored. Every refusal is kept with its raw body and
 * reason, so a sender's bad request can be found and replayed once it is fixed.
 */
export function feedEndpoint<S extends z.ZodType>(opts: {
  name: string;
  /** Put before a kept refusal's reason, so refusals of different feeds tell apart. */
  reasonPrefix?: string;
  schema: S;
  store: (workspaceId: string, item: z.output<S>) => Promise<FeedStored>;
}): (request: Request) => Promise<Response> {
  return async (request) => {
    let workspaceId: string | null = null;
    let body = { text: "", sha256: "", tooLarge: false };
    const refuse = async (status: number, code: ErrorCode, message: string, field?: string) => {
      try {
        // A signed-in sender's refused body is kept whole (it is under the cap); anyone else's, or
        // one over the cap, only as a prefix with the hash of what arrived.
        const kept = storablePrefix(body.text, workspaceId && !body.tooLarge ? MAX_FEED_BODY_BYTES : REFUSED_PREFIX_CHARS);
        await recordIngestRejection({
          workspaceId,
          status,
          reason: `${opts.reasonPrefix ?? ""}${field ? `${code} (${field}): ${message}` : `${code}: ${message}`}`,
          rawBody: kept.text,
          bodySha256: body.sha256 || null,
        });
      } catch (error) {
        log.error({ err: error, feed: opts.name }, "feed: could not record a rejection");
      }
      return errorResponse(status, code, message, field);
    };

    try {
      body = await readCappedBody(request, MAX_FEED_BODY_BYTES);
      const token = bearerToken(request.headers.get("authorization"));
      const auth = token ? await authenticateIngestToken({ tokenHash: hashIngestToken(token) }) : null;
      if (!auth)
        return await refuse(
          401,
          "unauthorized",
          token ? "Unknown or revoked ingest token" : "Send the workspace's ingest token as Authorization: Bearer <token>",
        );
      workspaceId = auth.workspaceId;
      if (body.tooLarge) return await refuse(413, "payload_too_large", `The body is larger than ${MAX_FEED_BODY_BYTES / 1024} KB`);
      if (exceedsJsonDepth(body.text))
        return await refuse(400, "invalid_request", `The body nests deeper than ${MAX_JSON_DEPTH} levels`, "body");
      let json: unknown;
      try {
        json = JSON.parse(body.text);
      } catch {
        return await refuse(400, "invalid_request", "The body is not valid JSON", "body");
      }
      const nulField = findNulCharacter(json);
      if (nulField) return await refuse(400, "invalid_request", nulMessage(nulField), nulField);
      const parsed = opts.schema.safeParse(json);
      if (!parsed.success) {
        const { field, message } = firstFeedIssue(parsed.error);
        return await refuse(400, "invalid_request", message, field);
      }
      const saved = await opts.store(workspaceId, parsed.data);
      return Response.json(
        { id: saved.id, customer_id: saved.customerId, duplicate: saved.duplicate },
        { status: saved.duplicate ? 200 : 201 },
      );
    } catch (error) {
      log.error({ err: error, feed: opts.name }, "feed failed");
      return refuse(500, "internal_error", "Something went wrong on our side; send it again (it is safe to repeat).");
    }
  };
}
