import assert from "node:assert/strict";
import { test } from "node:test";
import { FanoutHub, droppedStreamCount, type LiveStream } from "./fanout-hub";
import { RETRY_SOON_FRAME } from "./sse-frames";

// The real hub with its LISTEN left out: tests publish directly.
class TestHub extends FanoutHub<{ n: number }> {
  constructor(bufferSize = 100) {
    super("test", bufferSize);
  }
  protected async listen() {}
  change(workspaceId: string, n: number) {
    this.publish(workspaceId, { n });
  }
  announce(payload: unknown) {
    this.broadcast("notice", payload);
  }
}

/** A stream that keeps what it was given; `full` makes it refuse like a client over its limit. */
function recorder() {
  const chunks: Uint8Array[] = [];
  const stream = {
    chunks,
    full: false,
    ended: null as Uint8Array | null | undefined,
    write(chunk: Uint8Array) {
      if (stream.full) return false;
      chunks.push(chunk);
      return true;
    },
    end(last?: Uint8Array) {
      stream.ended = last ?? null;
    },
    text: () => chunks.map((c) => new TextDecoder().decode(c)).join(""),
  };
  return stream satisfies LiveStream & Record<string, unknown>;
}

test("a change is encoded once: every stream of the workspace gets the same bytes, other workspaces none", async () => {
  const hub = new TestHub();
  const [a, b, other] = [recorder(), recorder(), recorder()];
  await hub.attach("ws-1", a, null);
  await hub.attach("ws-1", b, null);
  await hub.attach("ws-2", other, null);
  const opened = other.chunks.length;
  hub.change("ws-1", 1);
  hub.flush();
  assert.equal(a.chunks.at(-1), b.chunks.at(-1), "one Uint8Array shared, not one per client");
  assert.match(a.text(), /event: test\ndata: \{"n":1\}\n\n$/);
  assert.equal(other.chunks.length, opened, "another workspace's stream is not written to");
  hub.shutdown();
});

test("changes published together go out as one chunk per stream, in order", async () => {
  const hub = new TestHub();
  const s = recorder();
  await hub.attach("ws-1", s, null);
  const before = s.chunks.length;
  for (let n = 1; n <= 5; n++) hub.change("ws-1", n);
  hub.flush();
  assert.equal(s.chunks.length, before + 1);
  const data = [...s.text().matchAll(/data: \{"n":(\d)\}/g)].map((m) => Number(m[1]));
  assert.deepEqual(data, [1, 2, 3, 4, 5]);
  hub.shutdown();
});

test("a stream over its limit is dropped with a retry hint; the others keep streaming", async () => {
  const hub = new TestHub();
  const [slow, fast] = [recorder(), recorder()];
  await hub.attach("ws-1", slow, null);
  await hub.attach("ws-1", fast, null);
  const dropped = droppedStreamCount();
  slow.full = true;
  hub.change("ws-1", 1);
  hub.flush();
  assert.equal(slow.ended, RETRY_SOON_FRAME);
  assert.equal(droppedStreamCount(), dropped + 1);
  assert.equal(hub.streamCount(), 1);
  slow.full = false;
  const written = slow.chunks.length;
  hub.change("ws-1", 2);
  hub.flush();
  assert.equal(slow.chunks.length, written, "a dropped stream gets nothing more");
  assert.match(fast.text(), /"n":2/);
  hub.shutdown();
});

test("a reconnecting stream resumes after its Last-Event-ID, or is told to refetch when the gap is gone", async () => {
  const hub = new TestHub(3);
  const first = recorder();
  await hub.attach("ws-1", first, null);
  hub.change("ws-1", 1);
  hub.change("ws-2", 99);
  hub.change("ws-1", 2);
  hub.flush();
  const resumed = recorder();
  await hub.attach("ws-1", resumed, `${hub.epoch}-1`);
  assert.match(resumed.text(), /^retry: 2000\n\nid: \d+-3\nevent: test\ndata: \{"n":2\}\n\nevent: ready/);

  for (let n = 3; n <= 6; n++) hub.change("ws-1", n);
  hub.flush();
  const late = recorder();
  await hub.attach("ws-1", late, `${hub.epoch}-1`);
  assert.match(late.text(), /event: reset\n/, "id 2 has left the 3-event buffer");
  const stranger = recorder();
  await hub.attach("ws-1", stranger, "123-4");
  assert.match(stranger.text(), /event: reset\n/, "an id from another process");
  hub.shutdown();
});

test("a change queued when a stream attaches reaches it once, in its replay or its first flush", async () => {
  const hub = new TestHub();
  const watcher = recorder();
  await hub.attach("ws-1", watcher, null);
  hub.change("ws-1", 1);
  const joining = recorder();
  await hub.attach("ws-1", joining, `${hub.epoch}-0`);
  hub.flush();
  assert.equal(joining.text().match(/"n":1/g)?.length, 1);
  assert.equal(watcher.text().match(/"n":1/g)?.length, 1);
  hub.shutdown();
});

test("a broadcast reaches every workspace's streams at once, after their queued changes, unnumbered", async () => {
  const hub = new TestHub();
  const [a, b] = [recorder(), recorder()];
  await hub.attach("ws-1", a, null);
  await hub.attach("ws-2", b, null);
  hub.change("ws-1", 7);
  hub.announce({ down: true });
  assert.match(a.text(), /data: \{"n":7\}\n\n[\s\S]*event: notice\ndata: \{"down":true\}\n\n$/, "the queued change first");
  assert.match(b.text(), /event: notice\ndata: \{"down":true\}\n\n$/);
  assert.doesNotMatch(b.text(), /"n":7/);
  assert.doesNotMatch(a.text().split("event: notice")[1], /^id:/m, "no id: a replay never repeats it");
  assert.equal(hub.since("ws-1", 0)?.length, 1, "not kept in the replay buffer");
  hub.shutdown();
});
