import { log } from "@/lib/log/logger";
const encoder = new TextEncoder();

export type HubEvent<T> = { id: number; payload: T; frame: Uint8Array };
type Listener<T> = (event: HubEvent<T>) => void;

const hubs = new Set<FanoutHub<unknown>>();

/** Open event streams of this process, across hubs (a metric). */
export function openStreamCount(): number {
  let n = 0;
  for (const hub of hubs) n += hub.streamCount();
  return n;
}

/** Ends every open stream of every hub, so a stopping process can exit and clients reconnect. */
export function shutdownHubs() {
  for (const hub of hubs) hub.shutdown();
}

/**
 * In-memory fan-out of one kind of change to the browsers watching a workspace. A NOTIFY carries
 * ids only; the subclass reads the row once per change (bursts coalesce into one more read) and
 * `publish` serializes it once for every listener. A short ring buffer lets a reconnecting client
 * resume from Last-Event-ID; an older gap makes it refetch.
 */
export abstract class FanoutHub<T> {
  private listeners = new Map<string, Set<Listener<T>>>();
  private closers = new Set<() => void>();
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

  streamCount(): number {
    return this.closers.size;
  }

  shutdown() {
    for (const close of [...this.closers]) close();
    this.closers.clear();
  }

  /** Only workspaces someone watches cost a read. */
  protected watched(workspaceId: string): boolean {
    return this.listeners.has(workspaceId);
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
    // Serialized and encoded once, not once per listener: with a hundred boards open the fan-out
    // would otherwise cost more than the webhook itself.
    const frame = encoder.encode(`id: ${this.epoch}-${id}\nevent: ${this.eventName}\ndata: ${JSON.stringify(payload)}\n\n`);
    const event = { id, payload, frame };
    this.buffer.push({ workspaceId, event });
    if (this.buffer.length > this.bufferSize) this.buffer.splice(0, this.buffer.length - this.bufferSize);
    for (const listener of this.listeners.get(workspaceId) ?? []) listener(event);
  }
}
