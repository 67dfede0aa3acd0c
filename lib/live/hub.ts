import { handle } from "@/db";
import { getBoardCall } from "@/db/queries/board";
import { toBoardCall, type BoardCall } from "@/lib/calls/board-call";
import { CALL_CHANNEL } from "@/lib/webhooks/persist-sql";

export type LiveEvent = { id: number; call: BoardCall; frame: Uint8Array };
type Listener = (event: LiveEvent) => void;

const encoder = new TextEncoder();

const BUFFER_SIZE = 2000;

/**
 * One LISTEN connection per process, fanned out in memory: a NOTIFY carries ids only, the row is
 * read once per change and sent to every subscriber of that workspace. A short ring buffer lets a
 * reconnecting client resume from Last-Event-ID; older gaps make it refetch.
 */
class CallHub {
  private listeners = new Map<string, Set<Listener>>();
  /** Streams to end when the process shuts down, so it can exit and clients reconnect elsewhere. */
  private closers = new Set<() => void>();
  private buffer: { workspaceId: string; event: LiveEvent }[] = [];
  private nextId = 1;
  private listening: Promise<void> | null = null;
  /** Coalesces bursts: a change arriving while the row is being read triggers one more read. */
  private loading = new Map<string, boolean>();
  /** Ids start at the process start time, so ids from an earlier process never look current. */
  readonly epoch = Date.now();

  async subscribe(workspaceId: string, listener: Listener, onShutdown: () => void): Promise<() => void> {
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

  shutdown() {
    for (const close of [...this.closers]) close();
    this.closers.clear();
  }

  /** Events after `lastId`, or null when they are no longer buffered (the client must refetch). */
  since(workspaceId: string, lastId: number): LiveEvent[] | null {
    const oldest = this.buffer[0]?.event.id ?? this.nextId;
    if (lastId < oldest - 1 || lastId >= this.nextId) return null;
    return this.buffer.filter((b) => b.workspaceId === workspaceId && b.event.id > lastId).map((b) => b.event);
  }

  get lastId(): number {
    return this.nextId - 1;
  }

  private ensureListening(): Promise<void> {
    this.listening ??= handle()
      .listen(CALL_CHANNEL, (payload) => this.onNotify(payload))
      .then(() => undefined)
      .catch((error) => {
        this.listening = null;
        throw error;
      });
    return this.listening;
  }

  private onNotify(payload: string) {
    const [workspaceId, callId] = payload.split(":");
    if (!workspaceId || !callId || !this.listeners.has(workspaceId)) return;
    const key = `${workspaceId}:${callId}`;
    if (this.loading.has(key)) {
      this.loading.set(key, true);
      return;
    }
    this.loading.set(key, false);
    void this.load(workspaceId, callId, key);
  }

  private async load(workspaceId: string, callId: string, key: string) {
    try {
      do {
        this.loading.set(key, false);
        const row = await getBoardCall({ workspaceId, callId });
        if (row) this.publish(workspaceId, toBoardCall(row));
      } while (this.loading.get(key));
    } catch (error) {
      console.error("[live] could not read a changed call", error);
    } finally {
      this.loading.delete(key);
    }
  }

  private publish(workspaceId: string, call: BoardCall) {
    const id = this.nextId++;
    // Serialized and encoded once here, not once per listener: with a hundred boards open the
    // fan-out would otherwise cost more than the webhook itself.
    const frame = encoder.encode(`id: ${this.epoch}-${id}\nevent: call\ndata: ${JSON.stringify(call)}\n\n`);
    const event = { id, call, frame };
    this.buffer.push({ workspaceId, event });
    if (this.buffer.length > BUFFER_SIZE) this.buffer.splice(0, this.buffer.length - BUFFER_SIZE);
    for (const listener of this.listeners.get(workspaceId) ?? []) listener(event);
  }
}

const globalForHub = globalThis as unknown as { callboardHub?: CallHub };

export function callHub(): CallHub {
  return (globalForHub.callboardHub ??= new CallHub());
}
