"use client";

import type { BoardCall } from "@/lib/calls/board-call";
import { useEventStream, type LiveState } from "./use-event-stream";

export type { LiveState };

/** Changed calls of the member's workspace, as board cards. */
export function useLiveCalls({ onCall, onReset }: { onCall: (call: BoardCall) => void; onReset: () => void }): LiveState {
  return useEventStream<BoardCall>("/api/live/calls", "call", { onEvent: onCall, onReset });
}
