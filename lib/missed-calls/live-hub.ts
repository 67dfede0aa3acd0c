import { handle } from "@/db";
import { getMissedCall, listMissedCallIdsForCall } from "@/db/queries/missed-calls";
import { FanoutHub } from "@/lib/live/fanout-hub";
import { CALL_CHANNEL } from "@/lib/webhooks/persist-sql";
import { toMissedCallItem, type MissedCallItem } from "./item";
import { MISSED_CHANNEL } from "./notify";

/**
 * Changed missed calls for the work list. Two channels feed it: `callboard_missed` (a call came in,
 * was dismissed) and the calls channel, because a missed call is claimed and settled in the same
 * transaction that changes its callback call, and that transaction already notifies the call.
 */
class MissedHub extends FanoutHub<MissedCallItem> {
  constructor() {
    super("missed", 500);
  }

  protected async listen() {
    await Promise.all([
      handle().listen(MISSED_CHANNEL, (payload) => this.onNotify(payload, "missed")),
      handle().listen(CALL_CHANNEL, (payload) => this.onNotify(payload, "call")),
    ]);
  }

  private onNotify(payload: string, kind: "missed" | "call") {
    const [workspaceId, id] = payload.split(":");
    if (!workspaceId || !id || !this.watched(workspaceId)) return;
    this.refresh(`${kind}:${payload}`, async () => {
      const ids = kind === "missed" ? [id] : await listMissedCallIdsForCall({ workspaceId, callId: id });
      for (const missedCallId of ids) {
        const row = await getMissedCall({ workspaceId, id: missedCallId });
        if (row) this.publish(workspaceId, toMissedCallItem(row));
      }
    });
  }
}

const globalForHub = globalThis as unknown as { callboardMissedHub?: MissedHub };

export function missedHub(): MissedHub {
  return (globalForHub.callboardMissedHub ??= new MissedHub());
}
