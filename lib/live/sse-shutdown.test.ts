import assert from "node:assert/strict";
import { test } from "node:test";
import { FanoutHub, openStreamCount, shutdownHubs } from "./fanout-hub";
import { MAX_UNSENT_BYTES, sseResponse } from "./sse-response";

// The real hub and SSE response; only the LISTEN feeding the hub is left out (nothing to hear).
class QuietHub extends FanoutHub<{ n: number }> {
  constructor() {
    super("test", 10);
  }
  protected async listen() {}
}

test("a shutdown ends every open stream with a short retry hint, so browsers reconnect at once", async () => {
  const hub = new QuietHub();
  const response = sseResponse(new Request("http://127.0.0.1/api/live/test"), hub, "ws-1", { stillAllowed: async () => true });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  while (!text.includes("event: ready")) text += decoder.decode((await reader.read()).value);
  assert.equal(openStreamCount(), 1);

  shutdownHubs();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value);
  }
  assert.match(text, /retry: 500\n\n$/, "the last thing sent is the retry hint");
  assert.equal(openStreamCount(), 0);
});

class BigHub extends FanoutHub<{ pad: string }> {
  constructor() {
    super("big", 10);
  }
  protected async listen() {}
  change(workspaceId: string) {
    this.publish(workspaceId, { pad: "x".repeat(100_000) });
    this.flush();
  }
}

test("a stream whose client stops reading is dropped once its unsent bytes pass the limit", async () => {
  const hub = new BigHub();
  const response = sseResponse(new Request("http://127.0.0.1/api/live/big"), hub, "ws-1", { stillAllowed: async () => true });
  const reader = response.body!.getReader();
  await reader.read(); // the opening frames: the stream is attached
  assert.equal(hub.streamCount(), 1);
  let changes = 0;
  while (hub.streamCount() === 1 && changes < 20) {
    hub.change("ws-1");
    changes += 1;
  }
  assert.equal(hub.streamCount(), 0, "dropped");
  assert.ok(changes * 100_000 > MAX_UNSENT_BYTES, "not before its limit");
  await assert.rejects(reader.read(), { name: "AbortError" }, "the unsent bytes are discarded and the response ends");
});
