import assert from "node:assert/strict";
import { test } from "node:test";
import { exceedsJsonDepth, findNulCharacter, findNulSearchParam } from "./unstorable-input";

test("nesting depth is measured on the text, brackets inside strings ignored", () => {
  assert.equal(exceedsJsonDepth('{"a":{"b":[1,2,{"c":3}]}}', 4), false);
  assert.equal(exceedsJsonDepth('{"a":{"b":[1,2,{"c":3}]}}', 3), true);
  assert.equal(exceedsJsonDepth(`{"a":"${"[".repeat(100)}"}`, 2), false);
  assert.equal(exceedsJsonDepth(`{"a":"\\"${"{".repeat(100)}"}`, 2), false);
  assert.equal(exceedsJsonDepth("[".repeat(100_000) + "]".repeat(100_000)), true);
});

test("a NUL is found in values, nested values and keys, with its path", () => {
  assert.equal(findNulCharacter({ from: "+15551234567", caller_name: "Bob\u0000" }), "caller_name");
  assert.equal(findNulCharacter({ data: { outcome: { notes: ["ok", "x\u0000"] } } }), "data.outcome.notes[1]");
  assert.equal(findNulCharacter({ ["a\u0000b"]: 1 }), "a\\u0000b");
  assert.equal(findNulCharacter("\u0000"), "(body)");
  assert.equal(findNulCharacter({ name: "Bob", n: 1, list: [null, true] }), null);
});

test("a NUL in a search parameter names the parameter", () => {
  assert.equal(findNulSearchParam(new URLSearchParams("range=7d&q=furn%00ace")), "q");
  assert.equal(findNulSearchParam(new URLSearchParams("range=7d&q=furnace")), null);
});
