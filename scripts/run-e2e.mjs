// Runs Playwright with a JSON report beside the list output, then prints the plain
// "e2e: N passed, N failed" line that CI reads (Playwright's own summary is not read there).
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";

const report = "test-results/e2e-report.json";
rmSync(report, { force: true });
const run = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: report },
});

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const stats = JSON.parse(readFileSync(report, "utf8")).stats;
  passed = stats.expected + stats.flaky;
  failed = stats.unexpected;
  skipped = stats.skipped;
} catch {
  failed = Math.max(1, failed);
  console.error("no Playwright report was written");
}
console.log(`e2e: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
