import { handle } from "@/db";
import { getBoardCall } from "@/db/queries/board";
import type { BoardCall } from "@/lib/calls/board-call";
import { toBoardCall } from "@/lib/calls/to-board-call";
import { CALL_CHANNEL } from "@/lib/webhooks/persist-sql";
import { FanoutHub } from "./fanout-hub";

/** Changed calls for the board, the call page and the attention list: one LISTEN per process. */
class CallHub extends FanoutHub<BoardCall> {
  constructor() {
    super("call", 2000);
  }

  protected async listen() {
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
