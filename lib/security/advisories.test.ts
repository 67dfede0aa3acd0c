import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { compareVersions, findVulnerable, type AdvisoryFile } from "./advisories";

test("versions compare as semver, prereleases below their release", () => {
  assert.ok(compareVersions("16.0.7", "16.0.10") < 0);
  assert.ok(compareVersions("16.10.0", "16.9.9") > 0);
  assert.ok(compareVersions("5.0.0-beta.9", "5.0.0-beta.32") < 0);
  assert.ok(compareVersions("5.0.0-beta.32", "5.0.0") < 0);
  assert.ok(compareVersions("16.0.0-canary.3", "16.0.0-beta.0") > 0);
  assert.equal(compareVersions("19.3.1", "19.3.1"), 0);
});

const file: AdvisoryFile = JSON.parse(readFileSync(new URL("../../security/advisories.json", import.meta.url), "utf8"));

test("the versions this project pins pass the check", () => {
  const pinned = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).dependencies;
  assert.deepEqual(findVulnerable(file, { next: pinned.next, "next-auth": pinned["next-auth"], react: pinned.react }), []);
});

test("a version inside an advisory's range fails, with the advisory named", () => {
  const findings = findVulnerable(file, { next: "16.0.6", "next-auth": "5.0.0-beta.29", react: "19.2.0" });
  const ids = findings.map((f) => f.id);
  assert.ok(ids.includes("GHSA-9qr9-h5gf-34mp"));
  assert.ok(ids.includes("GHSA-5jpx-9hw9-2fx4"));
  assert.ok(ids.includes("GHSA-fv66-9v8q-g76r"));
});

test("a version older than the tracked line, or a missing package, fails", () => {
  const ids = findVulnerable(file, { next: "15.5.0", react: "19.3.1" }).map((f) => `${f.id}`);
  assert.deepEqual(ids.sort(), ["below-floor", "missing"]);
});
