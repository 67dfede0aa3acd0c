import assert from "node:assert/strict";
import { test } from "node:test";
import { missedCallFeedSchema } from "@/lib/validation/missed-call";
import { buildDemoMissedCall } from "./missed-call-generator";

test("the demo generator's calls pass the feed's own schema", () => {
  let seed = 1;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  for (let i = 0; i < 50; i++) {
    const body = buildDemoMissedCall({ customer: i % 5 ? { name: "Maria Lopez", phone: "+18185550142" } : null, random });
    const parsed = missedCallFeedSchema.safeParse(body);
    assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
    assert.match(parsed.data.from, /^\+1(818|310)555/);
  }
});
