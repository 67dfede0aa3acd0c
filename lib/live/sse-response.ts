import { log } from "@/lib/log/logger";
import type { LiveStream, StreamSource } from "./fanout-hub";
import { SIGNED_OUT_FRAME } from "./sse-frames";

/** How often an open stream asks whether its session may still follow the workspace. */
export const STREAM_RECHECK_MS = 30_000;
/**
 * Unsent bytes a stream may hold beyond what the socket took (about a thousand board changes).
 * A client further behind is dropped and resumes on reconnect.
 */
export const MAX_UNSENT_BYTES = 512 * 1024;

export type StreamAccess = {
  /** False once the session is revoked, expired or idle, or the member lost the role or workspace. */
  stillAllowed: () => Promise<boolean>;
  everyMs?: number;
};

/**
 * Re-checks a stream's access every STREAM_RECHECK_MS: a stream outlives the request that checked
 * it, so a signed-out, disabled or removed member's stream ends with `signed_out`.
 */
export function recheckAccess(access: StreamAccess, end: (last: Uint8Array) => void): () => void {
  const timer = setInterval(() => {
    access.stillAllowed().then(
      (allowed) => {
        if (!allowed) end(SIGNED_OUT_FRAME);
      },
      // A failed check (database restarting) keeps the stream; the next one decides.
      (error: unknown) => log.error({ err: error }, "live stream access re-check failed"),
    );
  }, access.everyMs ?? STREAM_RECHECK_MS);
  return () => clearInterval(timer);
}

export const SSE_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  "Cache-Control": "no-cache, no-transform",
  Connection: "keep-alive",
  "X-Accel-Buffering": "no",
};

/** A server-sent event stream of a hub's changes for one workspace, as a route handler's Response. */
export function sseResponse(request: Request, hub: StreamSource, workspaceId: string, access: StreamAccess): Response {
  const lastHeader = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("lastEventId");
  let cleanup = () => {};
  let closed = false;
  const stream = new ReadableStream<Uint8Array>(
    {
      async start(controller) {
        const live: LiveStream = {
          write(chunk) {
            if (closed) return true;
            // desiredSize is minus the bytes queued behind a socket that stopped draining.
            if ((controller.desiredSize ?? 0) < -MAX_UNSENT_BYTES) {
              closed = true;
              cleanup();
              // An AbortError ends the response without Next logging it as a failure, and drops the queue.
              controller.error(new DOMException("the client reads too slowly", "AbortError"));
              return false;
            }
            controller.enqueue(chunk);
            return true;
          },
          end(last) {
            if (closed) return;
            closed = true;
            cleanup();
            if (last) controller.enqueue(last);
            controller.close();
          },
        };
        const stopRecheck = recheckAccess(access, (last) => live.end(last));
        cleanup = stopRecheck;
        const detach = await hub.attach(workspaceId, live, lastHeader);
        // The stream may have ended while attaching (a shutdown, the browser leaving).
        if (closed) return detach();
        cleanup = () => {
          detach();
          stopRecheck();
        };
        if (request.signal.aborted) live.end();
        request.signal.addEventListener("abort", () => live.end());
      },
      cancel() {
        closed = true;
        cleanup();
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: 0 }),
  );

  return new Response(stream, { headers: SSE_HEADERS });
}
