import assert from "node:assert/strict";
import { test } from "node:test";
import { concatFrames, eventFrame } from "./sse-frames";

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

test("an event frame carries its id, name and JSON data, ending with a blank line", () => {
  const frame = eventFrame("1700000000000-7", "call", { id: "c1", note: "line one\nline two" });
  assert.equal(text(frame), 'id: 1700000000000-7\nevent: call\ndata: {"id":"c1","note":"line one\\nline two"}\n\n');
});

test("frames are joined in order into one chunk; a single frame is passed through uncopied", () => {
  const a = eventFrame("e-1", "call", { n: 1 });
  const b = eventFrame("e-2", "call", { n: 2 });
  assert.equal(concatFrames([a]), a);
  const joined = concatFrames([a, b]);
  assert.equal(text(joined), text(a) + text(b));
  assert.equal(joined.byteLength, a.byteLength + b.byteLength);
});
