import { handle } from "@/db";
import { getMissedCall, listMissedCallIdsForCall } from "@/db/queries/missed-calls";
import { CALL_CHANNEL } from "@/lib/webhooks/persist-sql";
import { toMissedCallItem, type MissedCallItem } from "./item";
import { MISSED_CHANNEL } from "./notify";

export type MissedEvent = { id: number; item: MissedCallItem };
type Listener = (event: MissedEvent) => void;

const BUFFER_SIZE = 500;

/**
 * One LISTEN per process for the missed-calls list, fanned out in memory like lib/live/hub.ts.
 * Two channels feed it: `callboard_missed` (a call came in, was dismissed) and the calls channel,
 * because a missed call is claimed and settled in the same transaction that changes its callback
 * call, and that transaction already notifies the call.
 */
class MissedHub {
  private listeners = new Map<string, Set<Listener>>();
  private buffer: { workspaceId: string; event: MissedEvent }[] = [];
  private nextId = 1;
  private listening: Promise<void> | null = null;
  /** A change arriving while its row is being read asks for one more read, not a parallel one. */
  private loading = new Map<string, boolean>();
  readonly epoch = Date.now();

  async subscribe(workspaceId: string, listener: Listener): Promise<() => void> {
    await this.ensureListening();
    let set = this.listeners.get(workspaceId);
    if (!set) this.listeners.set(workspaceId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(workspaceId);
    };
  }

  /** Events after `lastId`, or null when they are no longer buffered (the client must refetch). */
  since(workspaceId: string, lastId: number): MissedEvent[] | null {
    const oldest = this.buffer[0]?.event.id ?? this.nextId;
    if (lastId < oldest - 1 || lastId >= this.nextId) return null;
    return this.buffer.filter((b) => b.workspaceId === workspaceId && b.event.id > lastId).map((b) => b.event);
  }

  get lastId(): number {
    return this.nextId - 1;
  }

  private ensureListening(): Promise<void> {
    this.listening ??= Promise.all([
      handle().listen(MISSED_CHANNEL, (payload) => this.onNotify(payload, "missed")),
      handle().listen(CALL_CHANNEL, (payload) => this.onNotify(payload, "call")),
    ])
      .then(() => undefined)
      .catch((error) => {
        this.listening = null;
        throw error;
      });
    return this.listening;
  }

  private onNotify(payload: string, kind: "missed" | "call") {
    const [workspaceId, id] = payload.split(":");
    // Only workspaces someone is watching cost a read.
    if (!workspaceId || !id || !this.listeners.has(workspaceId)) return;
    const key = `${kind}:${workspaceId}:${id}`;
    if (this.loading.has(key)) {
      this.loading.set(key, true);
      return;
    }
    this.loading.set(key, false);
    void this.load(workspaceId, id, kind, key);
  }

  private async load(workspaceId: string, id: string, kind: "missed" | "call", key: string) {
    try {
      do {
        this.loading.set(key, false);
        const ids = kind === "missed" ? [id] : await listMissedCallIdsForCall({ workspaceId, callId: id });
        for (const missedCallId of ids) {
          const row = await getMissedCall({ workspaceId, id: missedCallId });
          if (row) this.publish(workspaceId, toMissedCallItem(row));
        }
      } while (this.loading.get(key));
    } catch (error) {
      console.error("[live missed] could not read a changed missed call", error);
    } finally {
      this.loading.delete(key);
    }
  }

  private publish(workspaceId: string, item: MissedCallItem) {
    const event = { id: this.nextId++, item };
    this.buffer.push({ workspaceId, event });
    if (this.buffer.length > BUFFER_SIZE) this.buffer.splice(0, this.buffer.length - BUFFER_SIZE);
    for (const listener of this.listeners.get(workspaceId) ?? []) listener(event);
  }
}

const globalForHub = globalThis as unknown as { callboardMissedHub?: MissedHub };

export function missedHub(): MissedHub {
  return (globalForHub.callboardMissedHub ??= new MissedHub());
}
