import assert from "node:assert/strict";
import { test } from "node:test";
import { bearerToken, deriveIngestToken, hashIngestToken, mintIngestToken } from "./ingest-token";

test("a minted token is random, marked, and kept only as its SHA-256 and a short prefix", () => {
  const a = mintIngestToken();
  const b = mintIngestToken();
  assert.notEqual(a.token, b.token);
  assert.match(a.token, /^cbm_[A-Za-z0-9_-]{43}$/);
  assert.equal(a.tokenHash, hashIngestToken(a.token));
  assert.match(a.tokenHash, /^[0-9a-f]{64}$/);
  assert.equal(a.prefix, a.token.slice(0, 12));
});

test("the simulator's token is the same for one secret and row, different otherwise", () => {
  const id = "6f1c1a43-2a4b-4c8e-9d43-1f6f1d2b7a10";
  assert.equal(deriveIngestToken("s1", id).token, deriveIngestToken("s1", id).token);
  assert.notEqual(deriveIngestToken("s1", id).token, deriveIngestToken("s2", id).token);
  assert.notEqual(deriveIngestToken("s1", id).token, deriveIngestToken("s1", crypto.randomUUID()).token);
});

test("the bearer token is read from the Authorization header", () => {
  assert.equal(bearerToken("Bearer cbm_abc"), "cbm_abc");
  assert.equal(bearerToken("bearer  cbm_abc "), "cbm_abc");
  assert.equal(bearerToken("Basic dXNlcjpwYXNz"), null);
  assert.equal(bearerToken("Bearer"), null);
  assert.equal(bearerToken(null), null);
});
