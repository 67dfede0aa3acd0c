import type { IncomingMessage, ServerResponse } from "node:http";
import type { LiveStream, StreamSource } from "./fanout-hub";
import { MAX_UNSENT_BYTES, SSE_HEADERS, recheckAccess, type StreamAccess } from "./sse-response";

/**
 * A live stream written straight to a node:http response: the hub's shared chunk goes to the
 * socket with one write, with none of the web-stream plumbing a route handler needs. Back-pressure
 * is the socket's own buffer: a client more than MAX_UNSENT_BYTES behind is cut off and resumes by
 * Last-Event-ID, as with the route handler.
 */
export async function serveNodeStream(
  req: IncomingMessage,
  res: ServerResponse,
  hub: StreamSource,
  workspaceId: string,
  access: StreamAccess,
  headers: Record<string, string>,
): Promise<void> {
  const header = req.headers["last-event-id"];
  const lastEventId =
    (Array.isArray(header) ? header[0] : header) ?? new URL(req.url ?? "/", "http://live").searchParams.get("lastEventId");
  // The browser may have left while its cookie was checked.
  if (res.destroyed) return;
  req.socket.setNoDelay(true);
  res.writeHead(200, { ...SSE_HEADERS, ...headers });

  let closed = false;
  let cleanup = () => {};
  const live: LiveStream = {
    write(chunk) {
      if (closed) return true;
      if (res.writableLength > MAX_UNSENT_BYTES) {
        closed = true;
        cleanup();
        res.destroy();
        return false;
      }
      res.write(chunk);
      return true;
    },
    end(last) {
      if (closed) return;
      closed = true;
      cleanup();
      if (last) res.end(last);
      else res.end();
    },
  };
  const stopRecheck = recheckAccess(access, (last) => live.end(last));
  cleanup = stopRecheck;
  // The browser left (or the socket broke): stop writing to it.
  res.on("close", () => live.end());
  const detach = await hub.attach(workspaceId, live, lastEventId);
  if (closed) return detach();
  cleanup = () => {
    detach();
    stopRecheck();
  };
  if (res.destroyed) live.end();
}
