import assert from "node:assert/strict";
import { test } from "node:test";
import { buildCalendar, escapeText, foldLine, utcStamp } from "./ical";

test("TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 3.3.11)", () => {
  assert.equal(escapeText("a\\b;c,d\r\ne\nf"), "a\\\\b\\;c\\,d\\ne\\nf");
});

test("long lines fold at 75 octets with CRLF and a space, never inside a multi-byte character", () => {
  const line = `SUMMARY:${"é".repeat(60)}`;
  const folded = foldLine(line);
  const pieces = folded.split("\r\n");
  assert.ok(pieces.length > 1);
  for (const [i, p] of pieces.entries()) {
    assert.ok(Buffer.byteLength(p) <= 75, `piece ${i} is ${Buffer.byteLength(p)} octets`);
    if (i > 0) assert.equal(p[0], " ");
  }
  assert.equal(pieces.map((p, i) => (i ? p.slice(1) : p)).join(""), line);
  assert.equal(foldLine("SHORT:x"), "SHORT:x");
});

test("a calendar is CRLF throughout, with UTC times and a DTSTAMP on every event", () => {
  const ics = buildCalendar(
    [
      {
        uid: "a1@callboard",
        start: new Date("2027-03-01T17:00:00-08:00"),
        end: new Date("2027-03-01T19:00:00-08:00"),
        summary: "Garcia, Maria; AC tune-up",
        description: "Gate code 12\nDog in yard",
        status: "CONFIRMED",
      },
    ],
    { name: "Summit", now: new Date("2027-02-01T12:34:56.789Z") },
  );
  assert.ok(ics.endsWith("END:VCALENDAR\r\n"));
  assert.equal(ics.replace(/\r\n/g, "").includes("\n"), false, "no bare LF");
  assert.match(ics, /\r\nDTSTAMP:20270201T123456Z\r\n/);
  assert.match(ics, /\r\nDTSTART:20270302T010000Z\r\n/);
  assert.match(ics, /\r\nSUMMARY:Garcia\\, Maria\\; AC tune-up\r\n/);
  assert.match(ics, /\r\nDESCRIPTION:Gate code 12\\nDog in yard\r\n/);
  assert.equal(utcStamp(new Date(Date.UTC(2027, 0, 2, 3, 4, 5))), "20270102T030405Z");
});
