import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { openTestDatabase } from "@/db/testing/test-database";
import { createWorkspace } from "@/db/testing/factories";

let database: Awaited<ReturnType<typeof openTestDatabase>>;
before(async () => {
  database = await openTestDatabase();
});
after(() => database?.cleanup());

test("a register entry is only ever annotated: notes append, in order, and stay in their workspace", async () => {
  const { addDoNotCallEntry } = await import("./compliance");
  const { annotateDoNotCallEntry, listDoNotCallEntries } = await import("./do-not-call");
  const mine = await createWorkspace();
  const other = await createWorkspace();
  await addDoNotCallEntry({ workspaceId: mine.id, phone: "+13105550177", customerId: null, source: "manual", reason: "Asked by email" });
  const [entry] = await listDoNotCallEntries({ workspaceId: mine.id });

  assert.ok(await annotateDoNotCallEntry({ workspaceId: mine.id, id: entry.id, note: "Confirmed on the phone", by: "Alex" }));
  assert.ok(await annotateDoNotCallEntry({ workspaceId: mine.id, id: entry.id, note: "Wrong number, customer moved", by: "Sam" }));
  assert.equal(await annotateDoNotCallEntry({ workspaceId: other.id, id: entry.id, note: "Not mine", by: "Eve" }), null);

  const [after] = await listDoNotCallEntries({ workspaceId: mine.id });
  assert.deepEqual(
    after.annotations.map((a) => [a.note, a.by]),
    [
      ["Confirmed on the phone", "Alex"],
      ["Wrong number, customer moved", "Sam"],
    ],
  );
  assert.equal(after.reason, "Asked by email", "the original reason is untouched");
  assert.deepEqual(await listDoNotCallEntries({ workspaceId: other.id }), []);
});
