import assert from "node:assert/strict";
import { test } from "node:test";
import { verdictAfterCall } from "./after-call";
import { parseCsv } from "./csv";
import { allowance, dueCalls } from "./pacing";
import { checkRecipients } from "./recipients";
import { renderTemplate } from "./template";

test("CSV: quotes, doubled quotes, commas and line breaks inside quotes, CRLF, BOM, blank lines", () => {
  const text = '\ufeffphone,name,notes\r\n"(310) 555-0101","Smith, Jo","said ""hi""\nthen left"\r\n\r\n+13105550102,Al,\n';
  assert.deepEqual(parseCsv(text), [
    ["phone", "name", "notes"],
    ["(310) 555-0101", "Smith, Jo", 'said "hi"\nthen left'],
    ["+13105550102", "Al", ""],
  ]);
});

test("recipients: phones normalised, bad rows named by row number and field, duplicates merged", () => {
  const table = parseCsv(
    [
      "Phone,First Name,Appointment,Time Zone",
      "(310) 555-0101,Ann,Tue 9 AM,America/Los_Angeles",
      "not a phone,Bob,Tue 10 AM,",
      "+1 310 555 0101,Ann again,Tue 9 AM,",
      "+1 900 555 0100,Pay,Tue 11 AM,",
      "(212) 555-0199,Cy,,Mars/Olympus",
    ].join("\n"),
  );
  const checked = checkRecipients(table, { allowedCountries: ["US", "CA"], template: "Hi {first_name}, see you {appointment}" });
  assert.deepEqual(
    checked.recipients.map((r) => [r.rowNumber, r.phone, r.timeZone]),
    [[2, "+13105550101", "America/Los_Angeles"]],
  );
  assert.equal(checked.merged, 1);
  assert.deepEqual(
    checked.errors.map((e) => [e.rowNumber, e.field]),
    [
      [3, "phone"],
      [5, "phone"],
      [6, "time_zone"],
      [6, "appointment"],
    ],
  );
  assert.match(checked.errors[1].message, /premium-rate/);
});

test("recipients: a file without a phone column is refused at its header", () => {
  const checked = checkRecipients([["name"], ["Ann"]], { allowedCountries: ["US"], template: "Hi" });
  assert.deepEqual(checked.errors, [{ rowNumber: 1, field: "phone", message: "The first row must name a “phone” column" }]);
});

test("template: fields filled, missing ones listed", () => {
  assert.deepEqual(renderTemplate("Hi {first_name}, {amount} due", { first_name: "Ann" }), {
    text: "Hi Ann, {amount} due",
    missing: ["amount"],
  });
});

const policy = { retryOn: ["no_answer", "voicemail"] as ("no_answer" | "busy" | "voicemail")[], retryAfterHours: 3, maxAttempts: 2 };
const end = (status: string, outcomeType: string | null = null, answeredBy: string | null = null) => ({
  status,
  outcomeType,
  answeredBy,
  lastError: null,
  failureReason: null,
});

test("after a call: retryable results wait H hours while attempts remain, then fail; outcomes are done", () => {
  const now = new Date("2026-12-01T18:00:00Z");
  const retry = verdictAfterCall(end("no_answer"), 1, policy, now);
  assert.equal(retry.state, "waiting");
  assert.equal(retry.nextAt?.toISOString(), "2026-12-01T21:00:00.000Z");
  assert.equal(verdictAfterCall(end("no_answer"), 2, policy, now).state, "failed");
  assert.equal(verdictAfterCall(end("busy"), 1, policy, now).state, "failed", "busy is not in this policy");
  assert.equal(verdictAfterCall(end("completed", "voicemail_left", "voicemail"), 1, policy, now).state, "waiting");
  assert.deepEqual(verdictAfterCall(end("completed", "appointment_scheduled", "human"), 1, policy, now), {
    state: "done",
    reason: null,
    outcomeType: "appointment_scheduled",
  });
});

test("pacing: calls due follow the clock from the start, whatever the ticks; a stall is not made up in a burst", () => {
  const t0 = new Date("2026-12-01T18:00:00Z");
  const later = (s: number) => new Date(t0.getTime() + s * 1000);
  const rate = 1200; // 20 a second
  assert.deepEqual(dueCalls({ anchorAt: t0, sent: 0 }, rate, t0), { due: 1, sent: 0 }, "the first call at once");
  assert.deepEqual(dueCalls({ anchorAt: t0, sent: 1 }, rate, later(1)), { due: 20, sent: 1 });
  // A slow tick dialled only 10 of them: the next tick owes the rest, not one tick's worth.
  assert.deepEqual(dueCalls({ anchorAt: t0, sent: 11 }, rate, later(2.5)), { due: 40, sent: 11 });
  // Ticks of any length add up to the rate over a minute.
  let sent = 0;
  for (let t = 0; t <= 60; t += 0.7 + (t % 3) * 0.4) sent += dueCalls({ anchorAt: t0, sent }, rate, later(t)).due;
  assert.ok(sent >= 1190 && sent <= 1201, `${sent} in a minute at 1,200/min`);
  // After a stall (a restart) the debt over five seconds' worth is forgiven.
  assert.deepEqual(dueCalls({ anchorAt: t0, sent: 100 }, rate, later(60)), { due: 100, sent: 1101 });
  assert.deepEqual(dueCalls({ anchorAt: null, sent: 0 }, rate, t0), { due: 1, sent: 0 });
  assert.equal(allowance(7.9, 3, 5), 2);
  assert.equal(allowance(1.5, 0, 5), 1);
  assert.equal(allowance(9, 5, 5), 0);
});
