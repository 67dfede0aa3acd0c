import { handle } from "@/db";
import { getLead, listLeadIdsForCall } from "@/db/queries/leads";
import { FanoutHub } from "@/lib/live/fanout-hub";
import { CALL_CHANNEL } from "@/lib/webhooks/persist-sql";
import { toLeadItem, type LeadItem } from "./item";
import { LEAD_CHANNEL } from "./notify";

/**
 * Changed leads for the leads list. Like the missed-calls hub it hears two channels: its own (a lead
 * came in, was dismissed, got a note) and the calls channel, since a lead is claimed and settled in
 * the transactions that change its call.
 */
class LeadHub extends FanoutHub<LeadItem> {
  constructor() {
    super("lead", 500);
  }

  protected async listen() {
    await Promise.all([
      handle().listen(LEAD_CHANNEL, (payload) => this.onNotify(payload, "lead")),
      handle().listen(CALL_CHANNEL, (payload) => this.onNotify(payload, "call")),
    ]);
  }

  private onNotify(payload: string, kind: "lead" | "call") {
    const [workspaceId, id] = payload.split(":");
    if (!workspaceId || !id || !this.watched(workspaceId)) return;
    this.refresh(`${kind}:${payload}`, async () => {
      const ids = kind === "lead" ? [id] : await listLeadIdsForCall({ workspaceId, callId: id });
      for (const leadId of ids) {
        const row = await getLead({ workspaceId, id: leadId });
        if (row) this.publish(workspaceId, toLeadItem(row));
      }
    });
  }
}

const globalForHub = globalThis as unknown as { callboardLeadHub?: LeadHub };

export function leadHub(): LeadHub {
  return (globalForHub.callboardLeadHub ??= new LeadHub());
}
