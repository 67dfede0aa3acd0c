import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { openTestDatabase } from "@/db/testing/test-database";
import { createMember, createWorkspace } from "@/db/testing/factories";

let database: Awaited<ReturnType<typeof openTestDatabase>>;
before(async () => {
  database = await openTestDatabase();
});
after(async () => {
  const { shutdownHubs } = await import("./fanout-hub");
  shutdownHubs();
  await database?.cleanup();
});

/** Reads the stream to its end (or fails after `ms`), returning everything it sent. */
async function readToEnd(response: Response, ms: number): Promise<string> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const deadline = setTimeout(() => void reader.cancel("too slow"), ms);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  clearTimeout(deadline);
  return text;
}

test("an open live stream ends with signed_out once its session is revoked", async () => {
  const { callHub } = await import("./hub");
  const { sseResponse } = await import("./sse-response");
  const { endSession, sessionStillAllowed } = await import("@/lib/auth/sessions");
  const workspace = await createWorkspace();
  const member = await createMember(workspace);
  const key = { sessionId: member.sessionId, userId: member.user.id, workspaceId: workspace.id };
  let checks = 0;
  const response = sseResponse(new Request("http://localhost/api/live/calls"), callHub(), workspace.id, {
    stillAllowed: async () => {
      checks += 1;
      // Revoked after the stream has passed a few checks while live.
      if (checks === 3) await endSession({ sessionId: member.sessionId });
      return sessionStillAllowed(key, ["dispatcher", "manager", "admin"]);
    },
    everyMs: 50,
  });

  const text = await readToEnd(response, 10_000);
  assert.match(text, /event: ready/);
  assert.match(text, /event: signed_out\n/, "the browser is told why, so it goes to sign in instead of reconnecting");
  assert.equal(checks, 3, "the stream ended at the first check after the revocation");
});
