"use client";

import { useEventStream, type LiveState } from "@/components/live/use-event-stream";
import type { MissedCallItem } from "@/lib/missed-calls/item";

/** Changed missed calls of the member's workspace, handled like the board's stream. */
export function useLiveMissed({ onItem, onReset }: { onItem: (item: MissedCallItem) => void; onReset: () => void }): LiveState {
  return useEventStream<MissedCallItem>("/api/live/missed", "missed", { onEvent: onItem, onReset });
}
