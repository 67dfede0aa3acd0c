import assert from "node:assert/strict";
import { test } from "node:test";
import { route } from "./route";

const handler = route("test", async () => Response.json({ error: "Nope" }, { status: 400 }));
const post = (id?: string) =>
  handler(new Request("http://app/api/x", { method: "POST", body: "{}", headers: id === undefined ? {} : { "x-request-id": id } }));

test("a request id the client made up is not echoed: a fresh one is used instead", async () => {
  for (const forged of ["<script>alert(1)</script>", "x".repeat(5000), "call me maybe", "1234"]) {
    const response = await post(forged);
    const id = response.headers.get("x-request-id") ?? "";
    assert.match(id, /^[0-9a-f-]{36}$/, forged.slice(0, 20));
    assert.equal(((await response.json()) as { request_id: string }).request_id, id);
  }
});

test("an id of our own shape (the proxy's) is kept, and one is made when there is none", async () => {
  const ours = crypto.randomUUID();
  assert.equal((await post(ours)).headers.get("x-request-id"), ours);
  assert.match((await post()).headers.get("x-request-id") ?? "", /^[0-9a-f-]{36}$/);
});
