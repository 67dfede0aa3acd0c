import type { BoardCall } from "@/lib/calls/board-call";
import type { MissedCallItem } from "@/lib/missed-calls/item";

/** A moment worth a sound or a desktop notice; `key` also tags the notice so tabs do not repeat it. */
export type DayAlert = { key: string; title: string; body: string; href: string };

/** A missed call that came in more than this long ago is old news, even if this tab never saw it. */
const FRESH_MS = 15 * 60_000;

/**
 * Decides, from the live streams' events, which ones announce something new: a missed call seen
 * open for the first time, or a call that just got an escalation. Each is announced once per tab.
 */
export class DayAlertDetector {
  private readonly seenMissed = new Set<string>();
  private readonly seenEscalations = new Set<string>();

  fromMissed(item: Pick<MissedCallItem, "id" | "status" | "occurredAt" | "callerName" | "customerName" | "fromPhone">, now: Date) {
    if (item.status !== "open" || this.seenMissed.has(item.id)) return null;
    this.seenMissed.add(item.id);
    if (now.getTime() - new Date(item.occurredAt).getTime() > FRESH_MS) return null;
    return {
      key: `missed-${item.id}`,
      title: "New missed call",
      body: item.callerName ?? item.customerName,
      href: "/missed",
    } satisfies DayAlert;
  }

  fromCall(call: Pick<BoardCall, "id" | "attention" | "customerName" | "endedAt">, now: Date) {
    if (!call.attention.includes("escalation") || this.seenEscalations.has(call.id)) return null;
    this.seenEscalations.add(call.id);
    // A later change to a call escalated long ago (its transcript arriving) is not news.
    if (!call.endedAt || now.getTime() - new Date(call.endedAt).getTime() > FRESH_MS) return null;
    return {
      key: `escalation-${call.id}`,
      title: "A call needs a person",
      body: `${call.customerName}: the assistant escalated the call`,
      href: `/calls/${call.id}`,
    } satisfies DayAlert;
  }
}
