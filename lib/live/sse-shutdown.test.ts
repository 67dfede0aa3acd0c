import assert from "node:assert/strict";
import { test } from "node:test";
import { FanoutHub, openStreamCount, shutdownHubs } from "./fanout-hub";
import { sseResponse } from "./sse-response";

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
