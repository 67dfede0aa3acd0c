import assert from "node:assert/strict";
import { test } from "node:test";
import { missedCallFeedSchema } from "./missed-call";
import { autoRetrySchema, slaSettingsSchema } from "./settings";

const base = { external_id: "pbx-1", from: "310-555-0123", occurred_at: "2026-11-20T14:04:00-08:00" };

test("the feed normalizes phones and reads null as not given", () => {
  const parsed = missedCallFeedSchema.parse({ ...base, to: null, caller_name: "  ", reason: null, voicemail_url: null });
  assert.equal(parsed.from, "+13105550123");
  assert.equal(parsed.to, undefined);
  assert.equal(parsed.caller_name, undefined);
  assert.equal(parsed.reason, undefined);
});

test("occurred_at needs an offset and may not be more than five minutes ahead", () => {
  assert.equal(missedCallFeedSchema.safeParse({ ...base, occurred_at: "2026-11-20T22:04:00Z" }).success, true);
  assert.equal(missedCallFeedSchema.safeParse({ ...base, occurred_at: "2026-11-20T14:04:00" }).success, false);
  const soon = new Date(Date.now() + 4 * 60_000).toISOString();
  const later = new Date(Date.now() + 6 * 60_000).toISOString();
  assert.equal(missedCallFeedSchema.safeParse({ ...base, occurred_at: soon }).success, true);
  assert.equal(missedCallFeedSchema.safeParse({ ...base, occurred_at: later }).success, false);
});

test("settings schemas keep the thresholds in order and retries in range", () => {
  assert.equal(slaSettingsSchema.safeParse({ slaWarnMinutes: 15, slaBreachMinutes: 60 }).success, true);
  const inverted = slaSettingsSchema.safeParse({ slaWarnMinutes: 30, slaBreachMinutes: 30 });
  assert.equal(inverted.success, false);
  assert.deepEqual(inverted.error?.issues[0].path, ["slaBreachMinutes"]);
  assert.equal(autoRetrySchema.safeParse({ enabled: true, maxAttempts: 6, spacingMinutes: 60 }).success, false);
  assert.equal(autoRetrySchema.safeParse({ enabled: true, maxAttempts: 3, spacingMinutes: 10 }).success, false);
  assert.equal(autoRetrySchema.safeParse({ enabled: false, maxAttempts: 5, spacingMinutes: 1440 }).success, true);
});
