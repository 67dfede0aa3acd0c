import { handle } from "@/db";
import { getBoardCall } from "@/db/queries/board";
import type { BoardCall } from "@/lib/calls/board-call";
import { toBoardCall } from "@/lib/calls/to-board-call";
import { PROVIDER_CHANNEL, PROVIDER_EVENT } from "@/lib/provider/status-channel";
import { CALL_CHANNEL } from "@/lib/webhooks/persist-sql";
import { FanoutHub } from "./fanout-hub";

/**
 * Changed calls for the board, the call page and the attention list, and the provider going down
 * or coming back: one LISTEN per channel per process.
 */
class CallHub extends FanoutHub<BoardCall> {
  constructor() {
    super("call", 2000);
  }

  protected async listen() {
    // The outage notice rides on this stream, which every dashboard tab already has open.
    await handle().listen(PROVIDER_CHANNEL, (state) => this.broadcast(PROVIDER_EVENT, { down: state === "down" }));
    await handle().listen(CALL_CHANNEL, (payload) => {
      const [workspaceId, callId] = payload.split(":");
      if (!workspaceId || !callId || !this.watched(workspaceId)) return;
      this.refresh(payload, async () => {
        const row = await getBoardCall({ workspaceId, callId });
        if (row) this.publish(workspaceId, toBoardCall(row));
      });
    });
  }
}

const globalForHub = globalThis as unknown as { callboardHub?: CallHub };

export function callHub(): CallHub {
  return (globalForHub.callboardHub ??= new CallHub());
}
