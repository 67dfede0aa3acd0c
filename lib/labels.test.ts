import assert from "node:assert/strict";
import { test } from "node:test";
import { callPurposes, callStatuses, memberRoles, missedCallReasons, outcomeTypes } from "@/db/schema/enums";
import {
  answeredByLabels,
  outcomeDisplayOf,
  outcomeLabel,
  purposeLabels,
  reasonLabels,
  roleLabel,
  statusDisplay,
  underWayPhrases,
} from "./labels";

// Plain words: nothing a person reads is an internal id ("in_progress", "(pending)").
const internal = /_|\(pending\)|\(in progress\)/;

test("every status, outcome, purpose, reason and role reads as words", () => {
  const labels = [
    ...callStatuses.map((s) => statusDisplay[s].label),
    ...outcomeTypes.map((t) => outcomeLabel(t)),
    ...callPurposes.map((p) => purposeLabels[p]),
    ...missedCallReasons.map((r) => reasonLabels[r]),
    ...memberRoles.map((r) => roleLabel(r)),
    ...Object.values(answeredByLabels),
  ];
  for (const label of labels) {
    assert.ok(label.trim().length > 0);
    assert.doesNotMatch(label, internal, label);
    assert.equal(label[0], label[0].toUpperCase(), `${label} starts with a capital`);
  }
  assert.equal(statusDisplay.pending.label, "Sending");
  assert.equal(statusDisplay.in_progress.label, "In progress");
});

test("an outcome type the provider added later still reads as words", () => {
  assert.equal(outcomeDisplayOf("warranty_claim_opened").label, "Warranty claim opened");
  assert.equal(outcomeLabel("warranty_claim_opened"), "Warranty claim opened");
  assert.equal(outcomeLabel(null), "No outcome");
});

test("a call under way is described, never named by its status id", () => {
  for (const phrase of Object.values(underWayPhrases)) assert.doesNotMatch(phrase, internal);
  assert.equal(underWayPhrases.in_progress, "on the line");
  assert.equal(underWayPhrases.pending, "being sent");
});
