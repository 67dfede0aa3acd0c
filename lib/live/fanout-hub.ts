import { env } from "@/lib/env";
import { log } from "@/lib/log/logger";
import { HEARTBEAT_FRAME, RETRY_SOON_FRAME, concatFrames, encodeFrame, eventFrame } from "./sse-frames";
import { openingFrames } from "./sse-opening";

export type HubEvent<T> = { id: number; payload: T; frame: Uint8Array };
type Listener<T> = (event: HubEvent<T>) => void;

/** An open event stream as the hub sees it: bytes in, and a way to end it. */
export interface LiveStream {
  /** Queues bytes for the browser; false once the client's unsent bytes are over the limit. */
  write(chunk: Uint8Array): boolean;
  /** Ends the stream, `last` being the final bytes sent. */
  end(last?: Uint8Array): void;
}

/** What serving a stream needs of a hub (whatever its payload type). */
export type StreamSource = Pick<FanoutHub<unknown>, "attach">;

/**
 * Changes are written at most once per LIVE_FLUSH_MS (50 ms) per stream, the first of a quiet
 * spell at once: each flush costs one socket write per open stream, so the interval trades a few
 * milliseconds of board latency for CPU. At 100 changes/s and 500 boards, 25 ms cost the stream
 * server 4 ms of CPU per change and 50–60 ms about 2 (docs/benchmarks.md).
 */
const flushMs = () => env().LIVE_FLUSH_MS;
export const HEARTBEAT_MS = 15_000;

const hubs = new Set<FanoutHub<unknown>>();
let droppedStreams = 0;

/** Open event streams of this process, across hubs (a metric). */
export function openStreamCount(): number {
  let n = 0;
  for (const hub of hubs) n += hub.streamCount();
  return n;
}

/** Streams ended because their client read too slowly (a metric). */
export function droppedStreamCount(): number {
  return droppedStreams;
}

/** Ends every open stream of every hub, so a stopping process can exit and clients reconnect. */
export function shutdownHubs() {
  for (const hub of hubs) hub.shutdown();
}

/**
 * In-memory fan-out of one kind of change to the browsers watching a workspace. A NOTIFY carries
 * ids only; the subclass reads the row once per change (bursts coalesce into one more read) and
 * `publish` encodes it once; the frames of a workspace are flushed as one chunk shared by all its
 * streams. A stream that cannot keep up is ended: it reconnects with Last-Event-ID and resumes
 * from the ring buffer, or refetches when its gap is older than the buffer.
 */
export abstract class FanoutHub<T> {
  private listeners = new Map<string, Set<Listener<T>>>();
  private streams = new Map<string, Set<LiveStream>>();
  private closers = new Set<() => void>();
  private pending = new Map<string, Uint8Array[]>();
  private flushTimer: ReturnType<typeof setTimeout> | ReturnType<typeof setImmediate> | null = null;
  private lastFlush = 0;
  private heartbeat: ReturnType<typeof setInterval> | null = null;
  private buffer: { workspaceId: string; event: HubEvent<T> }[] = [];
  private nextId = 1;
  private loading = new Map<string, boolean>();
  private listening: Promise<void> | null = null;
  /** Ids start at the process start time, so ids from an earlier process never look current. */
  readonly epoch = Date.now();

  constructor(
    /** The SSE event name the browser listens for. */
    readonly eventName: string,
    private readonly bufferSize: number,
  ) {
    hubs.add(this as FanoutHub<unknown>);
  }

  /** Starts the LISTENs that feed this hub; called once, on the first subscriber. */
  protected abstract listen(): Promise<void>;

  /** Starts this hub's LISTEN if it has not started; resolves once the database confirmed it. */
  ensureListening(): Promise<void> {
    this.listening ??= this.listen().catch((error) => {
      this.listening = null;
      throw error;
    });
    return this.listening;
  }

  /** In-process listener, called at once for every change (tests, server-side consumers). */
  async subscribe(workspaceId: string, listener: Listener<T>, onShutdown: () => void): Promise<() => void> {
    await this.ensureListening();
    let set = this.listeners.get(workspaceId);
    if (!set) this.listeners.set(workspaceId, (set = new Set()));
    set.add(listener);
    this.closers.add(onShutdown);
    return () => {
      set.delete(listener);
      this.closers.delete(onShutdown);
      if (set.size === 0) this.listeners.delete(workspaceId);
    };
  }

  /**
   * A browser's event stream: first what it missed since `lastEventId` (or `reset`), then the
   * workspace's changes in batches, and a heartbeat.
   */
  async attach(workspaceId: string, stream: LiveStream, lastEventId: string | null): Promise<() => void> {
    await this.ensureListening();
    // Queued frames go out first, so the replay below and the next flush never overlap.
    if (this.pending.size > 0) this.flush();
    stream.write(openingFrames(this, workspaceId, lastEventId));
    let set = this.streams.get(workspaceId);
    if (!set) this.streams.set(workspaceId, (set = new Set()));
    set.add(stream);
    this.heartbeat ??= setInterval(() => this.beat(), HEARTBEAT_MS);
    this.heartbeat.unref?.();
    return () => this.detach(workspaceId, stream);
  }

  private detach(workspaceId: string, stream: LiveStream) {
    const set = this.streams.get(workspaceId);
    if (!set?.delete(stream)) return;
    if (set.size === 0) this.streams.delete(workspaceId);
    if (this.streams.size === 0 && this.heartbeat) {
      clearInterval(this.heartbeat);
      this.heartbeat = null;
    }
  }

  streamCount(): number {
    let n = this.closers.size;
    for (const set of this.streams.values()) n += set.size;
    return n;
  }

  shutdown() {
    for (const close of [...this.closers]) close();
    this.closers.clear();
    for (const [workspaceId, set] of [...this.streams]) {
      for (const stream of [...set]) {
        this.detach(workspaceId, stream);
        stream.end(RETRY_SOON_FRAME);
      }
    }
  }

  /** Only workspaces someone watches cost a read. */
  protected watched(workspaceId: string): boolean {
    return this.listeners.has(workspaceId) || this.streams.has(workspaceId);
  }

  /** Runs `read` for a changed key, once at a time; a change during the read asks for one more. */
  protected refresh(key: string, read: () => Promise<void>) {
    if (this.loading.has(key)) {
      this.loading.set(key, true);
      return;
    }
    this.loading.set(key, false);
    void (async () => {
      try {
        do {
          this.loading.set(key, false);
          await read();
        } while (this.loading.get(key));
      } catch (error) {
        log.error({ err: error, event: this.eventName }, "live: could not read a change");
      } finally {
        this.loading.delete(key);
      }
    })();
  }

  /** Events after `lastId`, or null when they are no longer buffered (the client must refetch). */
  since(workspaceId: string, lastId: number): HubEvent<T>[] | null {
    const oldest = this.buffer[0]?.event.id ?? this.nextId;
    if (lastId < oldest - 1 || lastId >= this.nextId) return null;
    return this.buffer.filter((b) => b.workspaceId === workspaceId && b.event.id > lastId).map((b) => b.event);
  }

  get lastId(): number {
    return this.nextId - 1;
  }

  protected publish(workspaceId: string, payload: T) {
    const id = this.nextId++;
    const frame = eventFrame(`${this.epoch}-${id}`, this.eventName, payload);
    const event = { id, payload, frame };
    this.buffer.push({ workspaceId, event });
    if (this.buffer.length > this.bufferSize) this.buffer.splice(0, this.buffer.length - this.bufferSize);
    for (const listener of this.listeners.get(workspaceId) ?? []) listener(event);
    if (!this.streams.has(workspaceId)) return;
    const queued = this.pending.get(workspaceId);
    if (queued) queued.push(frame);
    else this.pending.set(workspaceId, [frame]);
    this.scheduleFlush();
  }

  /**
   * An event for every open stream of every workspace (the provider going down or coming back):
   * not numbered nor kept for replay, since a client that reconnects re-reads what it stands for.
   */
  protected broadcast(eventName: string, payload: unknown) {
    if (this.streams.size === 0) return;
    if (this.pending.size > 0) this.flush();
    const frame = encodeFrame(`event: ${eventName}\ndata: ${JSON.stringify(payload)}\n\n`);
    for (const [workspaceId, set] of this.streams) this.deliver(workspaceId, set, frame);
  }

  private scheduleFlush() {
    if (this.flushTimer) return;
    const wait = this.lastFlush + flushMs() - performance.now();
    // setImmediate still merges the changes published in the same turn of the event loop.
    this.flushTimer = wait > 0 ? setTimeout(() => this.flush(), wait) : setImmediate(() => this.flush());
  }

  /** Writes each workspace's queued frames as one chunk to all of its streams. */
  flush() {
    this.flushTimer = null;
    this.lastFlush = performance.now();
    const pending = this.pending;
    this.pending = new Map();
    for (const [workspaceId, frames] of pending) {
      const set = this.streams.get(workspaceId);
      if (set) this.deliver(workspaceId, set, concatFrames(frames));
    }
  }

  private beat() {
    for (const [workspaceId, set] of this.streams) this.deliver(workspaceId, set, HEARTBEAT_FRAME);
  }

  private deliver(workspaceId: string, set: Set<LiveStream>, chunk: Uint8Array) {
    for (const stream of set) {
      if (stream.write(chunk)) continue;
      // Its unsent bytes are over the limit: holding more would grow memory with every change.
      // Ended, the browser reconnects with its Last-Event-ID and resumes (or refetches).
      droppedStreams += 1;
      this.detach(workspaceId, stream);
      stream.end(RETRY_SOON_FRAME);
    }
  }
}
