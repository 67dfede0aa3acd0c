import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { openTestDatabase } from "@/db/testing/test-database";
import { createAssistant, createMember, createWorkspace } from "@/db/testing/factories";
import type { Workspace } from "@/db/schema";
import { addCall, addCallbackTask, addTranscript } from "@/lib/outcomes/report-fixtures";
import { periodFor } from "@/lib/outcomes/period";
import { parseOutcomeFilters, type SearchParamsRecord } from "@/lib/validation/outcomes";
import { addDays } from "@/lib/outcomes/period";
import { aggregateChartCounts, aggregateFigures } from "./outcome-aggregates";
import { bookingRateBy, chartCounts, figures, listCalls, mixByPurpose, outcomesByDay, searchReport } from "./outcomes-report";

let database: Awaited<ReturnType<typeof openTestDatabase>>;
// Noon in Los Angeles on Friday 2026-03-20. "Last 7 days" is Mar 14–20; the period before it,
// Mar 7–13, spans the switch to daylight time on Mar 8.
const NOW = new Date("2026-03-20T19:00:00Z");
let ws: Workspace;
const ids = { a1: "", a2: "", d1: "", d2: "" };

before(async () => {
  database = await openTestDatabase();
  ws = await createWorkspace({ timeZone: "America/Los_Angeles" });
  ids.a1 = (await createAssistant(ws, { name: "Callback Cathy" })).id;
  ids.a2 = (await createAssistant(ws, { name: "Billing Ben" })).id;
  ids.d1 = (await createMember(ws, "dispatcher")).user.id;
  ids.d2 = (await createMember(ws, "manager")).user.id;
  const { a1, a2, d1, d2 } = ids;
  const human = { answeredBy: "human" } as const;

  // The current period: eight calls, hand-counted below.
  await addCall(ws, {
    at: "2026-03-20T10:00",
    assistantId: a1,
    placedBy: d1,
    ...human,
    outcomeType: "appointment_scheduled",
    durationSeconds: 120,
    aiSummary: "Booked a furnace tune-up for Tuesday.",
  });
  const c2 = await addCall(ws, {
    at: "2026-03-19T09:00",
    assistantId: a1,
    placedBy: d1,
    purpose: "follow_up",
    ...human,
    outcomeType: "callback_requested",
    durationSeconds: 60,
  });
  const c3 = await addCall(ws, {
    at: "2026-03-19T15:00",
    assistantId: a1,
    placedBy: d2,
    purpose: "follow_up",
    ...human,
    outcomeType: "callback_requested",
    durationSeconds: 45,
    outcome: { type: "callback_requested", notes: "Wants a written quote first" },
  });
  await addCall(ws, {
    at: "2026-03-18T11:00",
    assistantId: a2,
    placedBy: d2,
    answeredBy: "voicemail",
    outcomeType: "voicemail_left",
    durationSeconds: 30,
  });
  await addCall(ws, {
    at: "2026-03-14T00:30",
    assistantId: a2,
    placedBy: d2,
    purpose: "collections",
    ...human,
    outcomeType: "do_not_call",
    durationSeconds: 20,
  });
  await addCall(ws, { at: "2026-03-16T13:00", assistantId: a2, placedBy: null, status: "no_answer" });
  const c7 = await addCall(ws, { at: "2026-03-17T08:00", assistantId: a1, placedBy: d1, ...human, durationSeconds: 90, needsReview: true });
  await addCall(ws, {
    at: "2026-03-15T16:00",
    assistantId: a1,
    placedBy: d1,
    purpose: "estimate_follow_up",
    ...human,
    outcomeType: "appointment_scheduled",
    durationSeconds: 200,
    needsReview: true,
    reviewedAt: NOW,
    rating: 5,
    reviewNote: "Great save on the compressor quote",
  });
  await addCallbackTask(ws, c2);
  await addCallbackTask(ws, c3, true);
  await addTranscript(ws, c7.id, "The thermostat keeps blinking since Monday.");

  // The previous period: three calls.
  await addCall(ws, {
    at: "2026-03-13T23:30",
    assistantId: a1,
    placedBy: d1,
    ...human,
    outcomeType: "appointment_scheduled",
    durationSeconds: 100,
  });
  await addCall(ws, {
    at: "2026-03-08T03:30",
    assistantId: a2,
    placedBy: d2,
    answeredBy: "voicemail",
    outcomeType: "voicemail_left",
    durationSeconds: 40,
  });
  const c11 = await addCall(ws, {
    at: "2026-03-07T00:10",
    assistantId: a1,
    placedBy: d1,
    ...human,
    outcomeType: "not_interested",
    durationSeconds: 50,
  });
  await addCallbackTask(ws, c11);

  // Outside both periods, and another workspace inside them: none of these may count.
  await addCall(ws, { at: "2026-03-06T23:59", assistantId: a1, placedBy: d1, ...human, outcomeType: "appointment_scheduled" });
  await addCall(ws, { at: "2026-03-21T00:01", assistantId: a1, placedBy: d1, ...human, outcomeType: "appointment_scheduled" });
  const other = await createWorkspace({ timeZone: "America/Los_Angeles" });
  await addCall(other, {
    at: "2026-03-19T10:00",
    assistantId: (await createAssistant(other)).id,
    answeredBy: "human",
    outcomeType: "appointment_scheduled",
    aiSummary: "furnace",
  });
});
after(() => database?.cleanup());

function scope(params: SearchParamsRecord = {}) {
  const filters = parseOutcomeFilters({ range: "7d", ...params });
  const p = periodFor(filters, ws.timeZone, NOW);
  return { workspaceId: ws.id, filters, from: p.from, to: p.to, previousFrom: p.previousFrom };
}

test("every figure, for the period and the one before, matches the hand count", async () => {
  const f = await figures(scope());
  assert.deepEqual(f.current, {
    placed: 8,
    reached: 6,
    booked: 2,
    voicemail: 1,
    doNotCall: 1,
    avgDurationSeconds: 565 / 7,
    callbacksOpen: 1,
    needsReview: 1,
  });
  assert.deepEqual(f.previous, {
    placed: 3,
    reached: 2,
    booked: 1,
    voicemail: 1,
    doNotCall: 0,
    avgDurationSeconds: 190 / 3,
    callbacksOpen: 1,
    needsReview: 0,
  });
});

test("filters narrow the figures: purpose, assistant, dispatcher, outcome, answered by, status, reviewed", async () => {
  const placed = async (params: SearchParamsRecord) => (await figures(scope(params))).current;
  assert.deepEqual(await placed({ purpose: "callback" }), {
    placed: 4,
    reached: 2,
    booked: 1,
    voicemail: 1,
    doNotCall: 0,
    avgDurationSeconds: 80,
    callbacksOpen: 0,
    needsReview: 1,
  });
  assert.equal((await placed({ assistantId: ids.a2 })).placed, 3);
  assert.equal((await placed({ dispatcherId: ids.d1 })).placed, 4);
  assert.equal((await placed({ outcome: "none" })).placed, 2);
  assert.equal((await placed({ outcome: "callback_requested" })).callbacksOpen, 1);
  assert.equal((await placed({ answeredBy: "voicemail" })).placed, 1);
  assert.equal((await placed({ status: "no_answer" })).placed, 1);
  assert.equal((await placed({ reviewed: "yes" })).placed, 1);
  assert.equal((await placed({ reviewed: "no" })).placed, 7);
  assert.equal((await placed({ range: "today" })).placed, 1);
});

test("calls per day fall on the workspace's local day, and quiet days have no rows", async () => {
  const rows = await outcomesByDay({ ...scope(), timeZone: ws.timeZone });
  const seen = rows.map((r) => `${r.day} ${r.outcomeType ?? "none"} ${r.count}`).sort();
  assert.deepEqual(seen, [
    "2026-03-14 do_not_call 1",
    "2026-03-15 appointment_scheduled 1",
    "2026-03-16 none 1",
    "2026-03-17 none 1",
    "2026-03-18 voicemail_left 1",
    "2026-03-19 callback_requested 2",
    "2026-03-20 appointment_scheduled 1",
  ]);
});

test("the outcome mix by purpose", async () => {
  const rows = await mixByPurpose(scope());
  const seen = rows.map((r) => `${r.purpose} ${r.outcomeType ?? "none"} ${r.count}`).sort();
  assert.deepEqual(seen, [
    "callback appointment_scheduled 1",
    "callback none 2",
    "callback voicemail_left 1",
    "collections do_not_call 1",
    "estimate_follow_up appointment_scheduled 1",
    "follow_up callback_requested 2",
  ]);
});

test("booking rate by assistant and by dispatcher, with automatic calls apart", async () => {
  const byAssistant = await bookingRateBy({ ...scope(), dimension: "assistant" });
  assert.deepEqual(
    byAssistant.map((r) => [r.label, r.placed, r.reached, r.booked]),
    [
      ["Callback Cathy", 5, 5, 2],
      ["Billing Ben", 3, 1, 0],
    ],
  );
  const byDispatcher = await bookingRateBy({ ...scope(), dimension: "dispatcher" });
  const row = (key: string | null) => byDispatcher.find((r) => r.key === key);
  assert.deepEqual([row(ids.d1)?.placed, row(ids.d1)?.reached, row(ids.d1)?.booked], [4, 4, 2]);
  assert.deepEqual([row(ids.d2)?.placed, row(ids.d2)?.reached, row(ids.d2)?.booked], [3, 2, 0]);
  assert.deepEqual([row(null)?.placed, row(null)?.reached, row(null)?.label], [1, 0, null]);
});

test("full-text search finds summaries, outcome notes, review notes and transcripts, in this workspace only", async () => {
  const names = async (q: string) => (await listCalls(scope({ q }))).rows.map((r) => r.durationSeconds);
  assert.deepEqual(await names("furnace"), [120]);
  assert.deepEqual(await names("quote written"), [45]);
  assert.deepEqual(await names("compressor"), [200]);
  assert.deepEqual(await names("thermostats blinking"), [90]);
  assert.deepEqual(await names('"tune-up" -furnace'), []);
  assert.deepEqual(await names("the"), []);
  // The figures describe the same calls as the table.
  assert.equal((await figures(scope({ q: "thermostat" }))).current.needsReview, 1);
});

// Runs last: it adds a call to the shared fixture.
test("search also finds calls by phone number, whole or in part, in any format", async () => {
  const call = await addCall(ws, {
    at: "2026-03-19T10:00",
    phoneNumber: "+13105559876",
    durationSeconds: 77,
    assistantId: ids.a1,
    aiSummary: "Ticket 9876 reopened.",
  });
  await addTranscript(ws, call.id, "My reference is 9876.");
  const found = async (q: string) => (await listCalls(scope({ q }))).rows.map((r) => r.durationSeconds);
  assert.deepEqual(await found("(310) 555-9876"), [77]);
  assert.deepEqual(await found("555 98"), [77]);
  assert.deepEqual(await found("+1 310-555-9876"), [77]);
  assert.deepEqual(await found("9876"), [77]);
  assert.deepEqual(await found("4159876"), []);
  // Matched by its number, its summary and its transcript, the call is still one call.
  assert.equal((await figures(scope({ q: "9876" }))).current.placed, 1);
  // Words still search the text, not the number.
  assert.deepEqual(await found("furnace"), [120]);
});

test("the daily aggregates give the same figures and charts as the calls, under every filter", async () => {
  const cases: SearchParamsRecord[] = [
    {},
    { range: "30d" },
    { range: "today" },
    { range: "custom", from: "2026-03-01", to: "2026-03-09" },
    { purpose: "callback" },
    { assistantId: ids.a2 },
    { dispatcherId: ids.d1 },
    { outcome: "none" },
    { outcome: "callback_requested" },
    { answeredBy: "voicemail" },
    { status: "no_answer" },
    { reviewed: "yes" },
    { reviewed: "no" },
  ];
  const sorted = (rows: object[]) => rows.map((r) => JSON.stringify(r)).sort();
  for (const params of cases) {
    const s = scope(params);
    const p = periodFor(s.filters, ws.timeZone, NOW);
    const days = { workspaceId: ws.id, filters: s.filters, firstDay: p.firstDay, lastDay: p.lastDay };
    const fromCalls = await figures(s);
    const fromDays = await aggregateFigures({ ...days, previousFirstDay: addDays(p.firstDay, -p.days.length) });
    for (const period of ["current", "previous"] as const) {
      const { avgDurationSeconds: a, ...rest } = fromDays[period];
      const { avgDurationSeconds: b, ...expected } = fromCalls[period];
      assert.deepEqual(rest, expected, JSON.stringify(params));
      assert.ok(a === b || (a !== null && b !== null && Math.abs(a - b) < 1e-9), JSON.stringify(params));
    }
    const charts = await chartCounts({ ...s, timeZone: ws.timeZone });
    const fromDayCharts = await aggregateChartCounts(days);
    for (const chart of ["byDay", "byPurpose", "byAssistant", "byDispatcher"] as const)
      assert.deepEqual(sorted(fromDayCharts[chart]), sorted(charts[chart]), `${chart} ${JSON.stringify(params)}`);
  }
});

test("a search's one-pass figures and charts equal the figures and charts queries, with and without filters", async () => {
  const sorted = (rows: object[]) => rows.map((r) => JSON.stringify(r)).sort();
  const cases: SearchParamsRecord[] = [
    { q: "furnace" },
    { q: "thermostat" },
    { q: "9876" },
    { q: "thermostat", range: "30d" },
    { q: "furnace", purpose: "callback" },
    { q: "thermostat", reviewed: "no" },
    { q: "nothing-matches-this" },
  ];
  let matched = 0;
  for (const params of cases) {
    const s = scope(params);
    const one = await searchReport({ ...s, timeZone: ws.timeZone });
    assert.deepEqual(one.figures, await figures(s), JSON.stringify(params));
    const charts = await chartCounts({ ...s, timeZone: ws.timeZone });
    for (const chart of ["byDay", "byPurpose", "byAssistant", "byDispatcher"] as const)
      assert.deepEqual(sorted(one.charts[chart]), sorted(charts[chart]), `${chart} ${JSON.stringify(params)}`);
    matched += one.figures.current.placed + one.figures.previous.placed;
  }
  assert.ok(matched > 3, "the cases find calls, so the comparison compares something");
});
