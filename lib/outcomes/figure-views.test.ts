import assert from "node:assert/strict";
import { test } from "node:test";
import type { FigureSet } from "@/db/queries/outcomes-report";
import { figureViews } from "./figure-views";

const base: FigureSet = {
  placed: 334_102,
  reached: 177_107,
  booked: 51_490,
  voicemail: 63_610,
  doNotCall: 5_568,
  avgDurationSeconds: 163.2,
  callbacksOpen: 12_781,
  needsReview: 17_220,
};

const deltaOf = (key: string, current: Partial<FigureSet>, previous: Partial<FigureSet> = {}) =>
  figureViews({ current: { ...base, ...current }, previous: { ...base, ...previous } }, "previous 30 days").find((v) => v.key === key)
    ?.delta;

test("a change too small to show at the figure's precision reads as no change, in neutral", () => {
  // Voicemail 19.04% against 19.03%: once "−0 pts" in green.
  const voicemail = deltaOf("voicemail", { voicemail: 63_610 }, { voicemail: 63_590 });
  assert.deepEqual([voicemail?.text, voicemail?.direction, voicemail?.tone], ["No change", "flat", "neutral"]);
  assert.equal(voicemail?.spoken, "Same as previous 30 days");
  // Average call length 2 min 43.2 s against 2 min 43.0 s: once "+0 s".
  const duration = deltaOf("duration", { avgDurationSeconds: 163.2 }, { avgDurationSeconds: 163.0 });
  assert.deepEqual([duration?.text, duration?.tone], ["No change", "neutral"]);
});

test("a change that shows keeps its sign, colour and spoken words", () => {
  const booking = deltaOf("booking", { booked: 51_490 }, { booked: 51_136 });
  assert.deepEqual([booking?.text, booking?.direction, booking?.tone], ["+0.2 pts", "up", "good"]);
  const review = deltaOf("review", { needsReview: 17_400 }, { needsReview: 17_220 });
  assert.deepEqual([review?.text, review?.tone], ["+0.1 pts", "bad"]);
  const longer = deltaOf("duration", { avgDurationSeconds: 164 }, { avgDurationSeconds: 163 });
  assert.equal(longer?.text, "+1 s");
});

test("a count's share of the period before shows small changes too", () => {
  const fewer = deltaOf("placed", { placed: 332_879 }, { placed: 334_102 });
  assert.deepEqual([fewer?.text, fewer?.direction, fewer?.tone], ["−1,223 (−0.4%)", "down", "neutral"]);
  assert.equal(fewer?.spoken, "Down 1,223 (−0.4%) from 334,102 in previous 30 days");
  assert.equal(deltaOf("placed", { placed: 334_103 })?.text, "+1 (<0.1%)");
  assert.equal(deltaOf("placed", { placed: 400_000 })?.text, "+65,898 (+20%)");
  assert.equal(deltaOf("reached", { reached: 10 }, { reached: 0 })?.text, "+10");
});
