import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { and, eq } from "drizzle-orm";
import { openTestDatabase } from "@/db/testing/test-database";
import { createAssistant, createMember, createWorkspace } from "@/db/testing/factories";
import { auditLog, type Workspace } from "@/db/schema";
import type { Member } from "@/lib/auth/session";
import { parseOutcomeFilters, type SearchParamsRecord } from "@/lib/validation/outcomes";
import { addCall } from "./report-fixtures";
import { periodFor } from "./period";
import { createCallsCsvStream, exportFilename } from "./export-csv";

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let ws: Workspace;
let manager: Member;
const NOW = new Date("2026-07-15T18:00:00Z");

before(async () => {
  database = await openTestDatabase();
  ws = await createWorkspace({ timeZone: "America/New_York", slug: "north-star" });
  manager = await createMember(ws, "manager");
  const assistantId = (await createAssistant(ws, { name: "Reminder Ray" })).id;
  await addCall(ws, {
    at: "2026-07-14T09:05",
    assistantId,
    placedBy: manager.user.id,
    customerName: '=HYPERLINK("http://evil.example")',
    answeredBy: "human",
    outcomeType: "appointment_scheduled",
    outcome: { type: "appointment_scheduled", notes: 'Said "Tuesday, after 3"\nand hung up' },
    durationSeconds: 95,
    aiSummary: "-5 degrees outside, furnace out",
    rating: 4,
    reviewedAt: NOW,
  });
  for (let i = 0; i < 6; i++) await addCall(ws, { at: `2026-07-1${i}T12:00`, assistantId, purpose: "collections", status: "no_answer" });
});
after(() => database?.cleanup());

async function exportText(params: SearchParamsRecord, pageSize = 1000) {
  const filters = parseOutcomeFilters(params);
  const stream = await createCallsCsvStream({
    workspace: ws,
    actorId: manager.user.id,
    filters,
    period: periodFor(filters, ws.timeZone, NOW),
    pageSize,
  });
  // Response.text() would drop the byte-order mark this test wants to see.
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

async function exportsOnRecord() {
  const { db } = await import("@/db");
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.workspaceId, ws.id), eq(auditLog.action, "calls.export")))
    .orderBy(auditLog.id);
}

test("the CSV has a header, local times, escaped cells and no live formulas", async () => {
  const text = await exportText({ range: "7d", purpose: "callback" });
  assert.ok(
    text.startsWith(
      "\uFEFFPlaced at (America/New_York),Customer,Phone,Purpose,Assistant,Dispatcher,Status,Answered by,Duration (s),Outcome,Notes,Summary,Reviewed,Rating,Call ID\r\n",
    ),
  );
  const lines = text.slice(1).split("\r\n");
  assert.equal(lines.length, 3, "header, one call, and the final line break");
  assert.match(
    lines[1],
    /^2026-07-14 09:05:00,"'=HYPERLINK\(""http:\/\/evil\.example""\)",\(310\) 555-0123,Return a customer's call,Reminder Ray,Test User,Completed,Person,95,Appointment booked,/,
  );
  assert.ok(lines[1].includes(`"Said ""Tuesday, after 3""\nand hung up","'-5 degrees outside, furnace out",yes,4,`));
});

test("every export is on the audit log with its filters and, once done, its row count", async () => {
  const before = (await exportsOnRecord()).length;
  const text = await exportText({ range: "30d", status: "no_answer", q: "" }, 2);
  assert.equal(text.split("\r\n").length - 2, 6);
  const entries = await exportsOnRecord();
  assert.equal(entries.length, before + 1);
  const entry = entries.at(-1);
  assert.equal(entry?.actorId, manager.user.id);
  assert.equal(entry?.entityType, "calls");
  assert.deepEqual(entry?.after, { filters: { range: "30d", status: "no_answer", sort: "created", dir: "desc" }, rows: 6, finished: true });
});

test("an export stopped half-way stays on record with the rows that left", async () => {
  const filters = parseOutcomeFilters({ range: "30d" });
  const stream = await createCallsCsvStream({
    workspace: ws,
    actorId: manager.user.id,
    filters,
    period: periodFor(filters, ws.timeZone, NOW),
    pageSize: 3,
  });
  // Written before the first byte is read.
  assert.deepEqual((await exportsOnRecord()).at(-1)?.after, {
    filters: { range: "30d", sort: "created", dir: "desc" },
    rows: null,
    finished: false,
  });
  const reader = stream.getReader();
  await reader.read(); // the header
  await reader.read(); // the first page of three
  await reader.cancel();
  assert.deepEqual((await exportsOnRecord()).at(-1)?.after, {
    filters: { range: "30d", sort: "created", dir: "desc" },
    rows: 3,
    finished: false,
    aborted: true,
  });
});

test("the file is named for the workspace and its local date", () => {
  assert.equal(exportFilename(ws, new Date("2026-07-16T02:00:00Z")), "callboard-north-star-calls-2026-07-15.csv");
});
