import { test } from "node:test";
import assert from "node:assert/strict";
import type { BusinessHours } from "@/db/schema/workspaces";
import { wallTimeToInstant } from "@/lib/time/zoned";
import { suggestSlots } from "./suggest-slots";

const LA = "America/Los_Angeles";
const nineToFive = { open: "08:00", close: "17:00" };
const weekdays: BusinessHours = { "1": nineToFive, "2": nineToFive, "3": nineToFive, "4": nineToFive, "5": nineToFive };
const everyDay: BusinessHours = { ...weekdays, "0": nineToFive, "6": nineToFive };

const slot = (start: string, end: string) => ({ start, end });

test("starts at the next half hour at least 60 minutes out, back to back, two a day", () => {
  // Tue 2026-03-17 10:05 PDT
  const got = suggestSlots({ now: new Date("2026-03-17T17:05:00Z"), timeZone: LA, businessHours: weekdays, durationMinutes: 60, count: 3 });
  assert.deepEqual(got, [
    slot("2026-03-17T11:30", "2026-03-17T12:30"),
    slot("2026-03-17T12:30", "2026-03-17T13:30"),
    slot("2026-03-18T08:00", "2026-03-18T09:00"),
  ]);
  // Exactly on the hour: 10:00 + 60 min is itself a half-hour mark.
  const onTheHour = suggestSlots({
    now: new Date("2026-03-17T17:00:00Z"),
    timeZone: LA,
    businessHours: weekdays,
    durationMinutes: 60,
    count: 1,
  });
  assert.deepEqual(onTheHour, [slot("2026-03-17T11:00", "2026-03-17T12:00")]);
});

test("skips closed weekends", () => {
  // Fri 2026-03-13 14:00 PDT
  const got = suggestSlots({
    now: new Date("2026-03-13T21:00:00Z"),
    timeZone: LA,
    businessHours: weekdays,
    durationMinutes: 120,
    count: 4,
  });
  assert.deepEqual(got, [
    slot("2026-03-13T15:00", "2026-03-13T17:00"),
    slot("2026-03-16T08:00", "2026-03-16T10:00"),
    slot("2026-03-16T10:00", "2026-03-16T12:00"),
    slot("2026-03-17T08:00", "2026-03-17T10:00"),
  ]);
});

test("a late-in-the-day now rolls to the next open day", () => {
  // Tue 15:10 PDT: the first half hour after 16:10 is 16:30, and 16:30 + 2 h passes closing.
  const tue = suggestSlots({
    now: new Date("2026-03-17T22:10:00Z"),
    timeZone: LA,
    businessHours: weekdays,
    durationMinutes: 120,
    count: 1,
  });
  assert.deepEqual(tue, [slot("2026-03-18T08:00", "2026-03-18T10:00")]);
  // Fri 18:00 PDT rolls past the weekend to Monday.
  const fri = suggestSlots({ now: new Date("2026-03-21T01:00:00Z"), timeZone: LA, businessHours: weekdays, durationMinutes: 30, count: 2 });
  assert.deepEqual(fri, [slot("2026-03-23T08:00", "2026-03-23T08:30"), slot("2026-03-23T08:30", "2026-03-23T09:00")]);
});

test("never suggests a slot outside business hours", () => {
  const hours: BusinessHours = {
    "1": { open: "08:15", close: "16:45" },
    "3": { open: "09:00", close: "12:00" },
    "5": { open: "13:00", close: "18:00" },
  };
  const first = suggestSlots({ now: new Date("2026-03-15T19:00:00Z"), timeZone: LA, businessHours: hours, durationMinutes: 90, count: 3 });
  assert.deepEqual(first, [
    slot("2026-03-16T08:30", "2026-03-16T10:00"),
    slot("2026-03-16T10:00", "2026-03-16T11:30"),
    slot("2026-03-18T09:00", "2026-03-18T10:30"),
  ]);

  const start = Date.parse("2026-03-01T00:00:00Z");
  for (let at = start; at < start + 14 * 86_400_000; at += 37 * 60_000) {
    const now = new Date(at);
    const got = suggestSlots({ now, timeZone: LA, businessHours: hours, durationMinutes: 90, count: 5 });
    assert.equal(got.length, 5);
    const perDay = new Map<string, number>();
    let previousEnd = "";
    for (const s of got) {
      const date = s.start.slice(0, 10);
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      const h = hours[String(weekday) as keyof BusinessHours];
      assert.ok(h, `${s.start} is on a closed day`);
      assert.ok(s.start.slice(11) >= h.open && s.end.slice(11) <= h.close, `${s.start}-${s.end} outside ${h.open}-${h.close}`);
      assert.equal(s.end.slice(0, 10), date);
      assert.ok(["00", "30"].includes(s.start.slice(14)), `${s.start} is not on a half hour`);
      assert.ok(wallTimeToInstant(s.start, LA).getTime() >= at + 60 * 60_000, `${s.start} is too soon after ${now.toISOString()}`);
      assert.ok(s.start >= previousEnd);
      previousEnd = s.end;
      perDay.set(date, (perDay.get(date) ?? 0) + 1);
    }
    assert.ok([...perDay.values()].every((n) => n <= 2));
  }
});

test("the spring-forward day keeps local opening hours", () => {
  // Sat 2026-03-07 20:00 PST; Sunday 03-08 springs forward at 02:00.
  const got = suggestSlots({
    now: new Date("2026-03-08T04:00:00Z"),
    timeZone: LA,
    businessHours: everyDay,
    durationMinutes: 120,
    count: 3,
  });
  assert.deepEqual(got, [
    slot("2026-03-08T08:00", "2026-03-08T10:00"),
    slot("2026-03-08T10:00", "2026-03-08T12:00"),
    slot("2026-03-09T08:00", "2026-03-09T10:00"),
  ]);
  assert.equal(wallTimeToInstant(got[0].start, LA).toISOString(), "2026-03-08T15:00:00.000Z");
});

test("across the DST gap a slot lasts its real duration and skips missing wall times", () => {
  const night: BusinessHours = { "0": { open: "00:00", close: "06:00" } };
  // Sun 01:15 PST: 60 min later is 03:15 PDT; 02:00 and 02:30 do not exist that night.
  const inGap = suggestSlots({ now: new Date("2026-03-08T09:15:00Z"), timeZone: LA, businessHours: night, durationMinutes: 60, count: 2 });
  assert.deepEqual(inGap, [slot("2026-03-08T03:30", "2026-03-08T04:30"), slot("2026-03-08T04:30", "2026-03-08T05:30")]);
  // Opening at 02:00, a time that does not exist that night: the first slot is 03:00 PDT.
  const opensInGap = { "0": { open: "02:00", close: "06:00" } };
  const got = suggestSlots({
    now: new Date("2026-03-08T07:30:00Z"),
    timeZone: LA,
    businessHours: opensInGap,
    durationMinutes: 60,
    count: 2,
  });
  assert.deepEqual(got, [slot("2026-03-08T03:00", "2026-03-08T04:00"), slot("2026-03-08T04:00", "2026-03-08T05:00")]);
  // A one-hour slot from 01:00 PST ends at 03:00 PDT.
  const early = { "0": { open: "01:00", close: "05:00" } };
  const spanning = suggestSlots({
    now: new Date("2026-03-08T07:00:00Z"),
    timeZone: LA,
    businessHours: early,
    durationMinutes: 60,
    count: 3,
  });
  assert.deepEqual(spanning, [
    slot("2026-03-08T01:00", "2026-03-08T03:00"),
    slot("2026-03-08T03:00", "2026-03-08T04:00"),
    slot("2026-03-15T01:00", "2026-03-15T02:00"),
  ]);
});

test("the fall-back day keeps local opening hours", () => {
  // Sat 2026-10-31 16:00 PDT: nothing fits before 17:00, Sunday 11-01 is PST.
  const got = suggestSlots({
    now: new Date("2026-10-31T23:00:00Z"),
    timeZone: LA,
    businessHours: everyDay,
    durationMinutes: 120,
    count: 2,
  });
  assert.deepEqual(got, [slot("2026-11-01T08:00", "2026-11-01T10:00"), slot("2026-11-01T10:00", "2026-11-01T12:00")]);
  assert.equal(wallTimeToInstant(got[0].start, LA).toISOString(), "2026-11-01T16:00:00.000Z");
});

test("skips slots overlapping existing ones; touching is fine", () => {
  const now = new Date("2026-03-15T19:00:00Z"); // Sun 12:00 PDT
  const overlapping = suggestSlots({
    now,
    timeZone: LA,
    businessHours: weekdays,
    durationMinutes: 60,
    count: 3,
    existing: [slot("2026-03-16T08:30", "2026-03-16T09:30"), slot("", "")],
  });
  assert.deepEqual(overlapping, [
    slot("2026-03-16T09:30", "2026-03-16T10:30"),
    slot("2026-03-16T10:30", "2026-03-16T11:30"),
    slot("2026-03-17T08:00", "2026-03-17T09:00"),
  ]);
  const touching = suggestSlots({
    now,
    timeZone: LA,
    businessHours: weekdays,
    durationMinutes: 60,
    count: 1,
    existing: [slot("2026-03-16T08:00", "2026-03-16T09:00")],
  });
  assert.deepEqual(touching, [slot("2026-03-16T09:00", "2026-03-16T10:00")]);
});

test("respects notBefore, and returns nothing without hours or count", () => {
  const now = new Date("2026-03-15T19:00:00Z");
  const later = suggestSlots({ now, timeZone: LA, businessHours: weekdays, durationMinutes: 60, count: 1, notBefore: "2026-03-18T13:10" });
  assert.deepEqual(later, [slot("2026-03-18T13:30", "2026-03-18T14:30")]);
  assert.deepEqual(suggestSlots({ now, timeZone: LA, businessHours: {}, durationMinutes: 60, count: 3 }), []);
  assert.deepEqual(suggestSlots({ now, timeZone: LA, businessHours: weekdays, durationMinutes: 60, count: 0 }), []);
});

test("skips the workspace's holidays", () => {
  // Tue 2026-12-22 10:05 PST; Christmas Eve and Christmas Day closed.
  const got = suggestSlots({
    now: new Date("2026-12-22T18:05:00Z"),
    timeZone: LA,
    businessHours: weekdays,
    holidays: ["2026-12-23", "2026-12-24", "2026-12-25"],
    durationMinutes: 60,
    count: 4,
  });
  assert.deepEqual(
    got.map((s) => s.start.slice(0, 10)),
    ["2026-12-22", "2026-12-22", "2026-12-28", "2026-12-28"],
  );
});

test("a slot where the booked jobs already fill the workspace's capacity is skipped; one with room is offered", () => {
  const held = (start: string, end: string) => ({
    start: wallTimeToInstant(start, LA).getTime(),
    end: wallTimeToInstant(end, LA).getTime(),
  });
  // Tue 2026-03-17 10:05 PDT, two crews: every hour starting 11:30 to 12:30 overlaps two booked jobs.
  const got = suggestSlots({
    now: new Date("2026-03-17T17:05:00Z"),
    timeZone: LA,
    businessHours: weekdays,
    durationMinutes: 60,
    count: 2,
    capacity: {
      jobsPerSlot: 2,
      held: [
        held("2026-03-17T11:00", "2026-03-17T12:00"),
        held("2026-03-17T11:30", "2026-03-17T13:00"),
        held("2026-03-17T12:30", "2026-03-17T13:00"),
      ],
    },
  });
  assert.deepEqual(got, [slot("2026-03-17T13:00", "2026-03-17T14:00"), slot("2026-03-17T14:00", "2026-03-17T15:00")]);
});
