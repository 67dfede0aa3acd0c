import { checkMember } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { callHub, type LiveEvent } from "@/lib/live/hub";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const encoder = new TextEncoder();

/** Event ids are "<process epoch>-<n>": an id from another process or an old one means refetch. */
function parseLastEventId(value: string | null, epoch: number): number | null {
  const m = value ? /^(\d+)-(\d+)$/.exec(value) : null;
  return m && Number(m[1]) === epoch ? Number(m[2]) : null;
}

/** The board's live stream: server-sent events of changed calls in the member's workspace. */
export async function GET(request: Request) {
  const check = await checkMember(can.viewCalls);
  if (!check.ok) return Response.json({ error: "Sign in to follow calls" }, { status: 401 });
  const workspaceId = check.member.workspace.id;
  const hub = callHub();
  const lastHeader = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("lastEventId");

  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      const sendEvent = (e: LiveEvent) => {
        try {
          controller.enqueue(e.frame);
        } catch {
          cleanup();
        }
      };

      const close = () => {
        cleanup();
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      const unsubscribe = await hub.subscribe(workspaceId, sendEvent, close);
      const heartbeat = setInterval(() => send(": ping\n\n"), 15_000);
      cleanup = () => {
        clearInterval(heartbeat);
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
