import { onTodaysBoard, type BoardCall } from "@/lib/calls/board-call";

const newer = (a: BoardCall, b: BoardCall) => Date.parse(a.updatedAt) > Date.parse(b.updatedAt);

/**
 * Applies one streamed call to the cached board. Events can arrive out of order (a retried
 * webhook, a replay after reconnecting), so an older copy never replaces a newer one.
 */
export function upsertCall(calls: BoardCall[], incoming: BoardCall, dayStart: Date): BoardCall[] {
  const i = calls.findIndex((c) => c.id === incoming.id);
  if (i === -1) {
    // A late event for yesterday's call must not bring it back onto today's board.
    if (!onTodaysBoard(incoming, dayStart)) return calls;
    return [incoming, ...calls];
  }
  if (newer(calls[i], incoming)) return calls;
  const next = [...calls];
  next[i] = incoming;
  return next;
}

/**
 * A refetched board, merged with what streamed in while the request was out: the fetch is a
 * snapshot from before its response, so streamed copies that are newer win, and calls that
 * streamed in during the fetch stay even if the snapshot predates them.
 */
export function mergeFetched(
  fetched: readonly BoardCall[],
  cached: readonly BoardCall[] | undefined,
  streamedIds: ReadonlySet<string>,
): BoardCall[] {
  if (!cached) return [...fetched];
  const byId = new Map(cached.map((c) => [c.id, c]));
  const merged = fetched.map((f) => {
    const c = byId.get(f.id);
    return c && streamedIds.has(f.id) && newer(c, f) ? c : f;
  });
  const fetchedIds = new Set(fetched.map((f) => f.id));
  const streamedOnly = cached.filter((c) => streamedIds.has(c.id) && !fetchedIds.has(c.id));
  return [...streamedOnly, ...merged];
}
