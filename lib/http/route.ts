import { log } from "@/lib/log/logger";
import { withRequestId } from "@/lib/log/request-context";
import { findNulSearchParam, nulMessage } from "@/lib/validation/unstorable-input";
import { REQUEST_ID_HEADER, newRequestId, requestIdOf } from "./request-id";

type Handler<C> = (request: Request, context: C) => Promise<Response>;
/** Next always passes the context; tests may call a handler with the request alone. */
type RouteHandler<C> = (request: Request, context?: C) => Promise<Response>;

/** Puts the request id on an answer (and into a JSON error body), copying it if its headers are frozen. */
async function stamp(response: Response, requestId: string): Promise<Response> {
  let out = response;
  if (response.status >= 400 && response.headers.get("content-type")?.includes("application/json")) {
    const body: unknown = await response
      .clone()
      .json()
      .catch(() => null);
    if (body && typeof body === "object" && !Array.isArray(body)) {
      const headers = new Headers(response.headers);
      headers.delete("content-length");
      out = Response.json({ ...body, request_id: requestId }, { status: response.status, headers });
    }
  }
  try {
    out.headers.set(REQUEST_ID_HEADER, requestId);
  } catch {
    out = new Response(out.body, out);
    out.headers.set(REQUEST_ID_HEADER, requestId);
  }
  return out;
}

/**
 * Every route handler runs inside this: it has a request id (the proxy's, or a new one for the
 * bodies the proxy does not see), its log lines carry it, every 4xx/5xx answer quotes it, an
 * exception becomes a logged 500 with no detail, and a NUL in the query string is a 400.
 */
export function route<C = unknown>(name: string, handler: Handler<C>): RouteHandler<C> {
  return async (request, context) => {
    const requestId = requestIdOf(request.headers) ?? newRequestId();
    return withRequestId(requestId, async () => {
      let response: Response;
      const nulField = findNulSearchParam(new URL(request.url).searchParams);
      if (nulField) {
        response = Response.json({ error: nulMessage(nulField), field: nulField }, { status: 400 });
      } else {
        try {
          response = await handler(request, context as C);
        } catch (error) {
          log.error({ err: error, route: name }, "route handler threw");
          response = Response.json(
            { error: "Something went wrong on our side. Quote the request id if it happens again." },
            { status: 500 },
          );
        }
      }
      if (response.status >= 400) {
        const line = { route: name, method: request.method, status: response.status };
        if (response.status >= 500) log.error(line, "answered with an error");
        else log.info(line, "refused");
      }
      return stamp(response, requestId);
    });
  };
}
