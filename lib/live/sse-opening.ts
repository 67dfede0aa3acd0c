import type { FanoutHub, HubEvent } from "./fanout-hub";
import { concatFrames, encodeFrame } from "./sse-frames";

/** Event ids are "<process epoch>-<n>": an id from another process or an old one means refetch. */
function parseLastEventId(value: string | null, epoch: number): number | null {
  const m = value ? /^(\d+)-(\d+)$/.exec(value) : null;
  return m && Number(m[1]) === epoch ? Number(m[2]) : null;
}

/**
 * The first bytes of a stream: the retry delay, then what a reconnecting client missed (or
 * `reset`, telling it to refetch), then `ready`.
 */
export function openingFrames<T>(hub: FanoutHub<T>, workspaceId: string, lastEventId: string | null): Uint8Array {
  const frames = [encodeFrame("retry: 2000\n\n")];
  const lastId = parseLastEventId(lastEventId, hub.epoch);
  const missed: HubEvent<T>[] | null = lastEventId ? (lastId === null ? null : hub.since(workspaceId, lastId)) : [];
  if (missed === null) frames.push(encodeFrame(`id: ${hub.epoch}-${hub.lastId}\nevent: reset\ndata: {}\n\n`));
  else for (const e of missed) frames.push(e.frame);
  frames.push(encodeFrame(`event: ready\ndata: {"id":"${hub.epoch}-${hub.lastId}"}\n\n`));
  return concatFrames(frames);
}
