import { log } from "@/lib/log/logger";
import type { FanoutHub, HubEvent } from "./fanout-hub";

const encoder = new TextEncoder();

/** Event ids are "<process epoch>-<n>": an id from another process or an old one means refetch. */
function parseLastEventId(value: string | null, epoch: number): number | null {
  const m = value ? /^(\d+)-(\d+)$/.exec(value) : null;
  return m && Number(m[1]) === epoch ? Number(m[2]) : null;
}

/** How often an open stream asks whether its session may still follow the workspace. */
export const STREAM_RECHECK_MS = 30_000;

export type StreamAccess = {
  /** False once the session is revoked, expired or idle, or the member lost the role or workspace. */
  stillAllowed: () => Promise<boolean>;
  everyMs?: number;
};

/**
 * A server-sent event stream of a hub's changes for one workspace: replays what a reconnecting
 * client missed (or tells it to refetch), then streams live, with a heartbeat so proxies keep it open.
 * A stream outlives the request that checked access, so it re-checks: a signed-out, disabled or
 * removed member's stream ends with `signed_out` within STREAM_RECHECK_MS.
 */
export function sseResponse<T>(request: Request, hub: FanoutHub<T>, workspaceId: string, access: StreamAccess): Response {
  const lastHeader = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("lastEventId");
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const write = (chunk: Uint8Array) => {
        try {
          controller.enqueue(chunk);
        } catch {
          cleanup();
        }
      };
      const send = (text: string) => write(encoder.encode(text));
      const sendEvent = (e: HubEvent<T>) => write(e.frame);
      const close = () => {
        cleanup();
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      // On shutdown the stream ends with a short retry hint: the browser reconnects to another
      // instance (or this one restarted) at once instead of after its default delay.
      const closeForShutdown = () => {
        send("retry: 500\n\n");
        close();
      };
      const unsubscribe = await hub.subscribe(workspaceId, sendEvent, closeForShutdown);
      const heartbeat = setInterval(() => send(": ping\n\n"), 15_000);
      const recheck = setInterval(() => {
        access.stillAllowed().then(
          (allowed) => {
            if (allowed) return;
            send(`event: signed_out\ndata: {}\n\n`);
            close();
          },
          // A failed check (database restarting) keeps the stream; the next one decides.
          (error: unknown) => log.error({ err: error }, "live stream access re-check failed"),
        );
      }, access.everyMs ?? STREAM_RECHECK_MS);
      cleanup = () => {
        clearInterval(heartbeat);
        clearInterval(recheck);
        unsubscribe();
      };
      request.signal.addEventListener("abort", close);

      send(`retry: 2000\n\n`);
      const lastId = parseLastEventId(lastHeader, hub.epoch);
      const missed = lastHeader ? (lastId === null ? null : hub.since(workspaceId, lastId)) : [];
      if (missed === null) send(`id: ${hub.epoch}-${hub.lastId}\nevent: reset\ndata: {}\n\n`);
      else for (const e of missed) sendEvent(e);
      send(`event: ready\ndata: {"id":"${hub.epoch}-${hub.lastId}"}\n\n`);
    },
    cancel() {
      cleanup();
    },
  });

  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}
