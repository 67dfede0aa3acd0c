// Runs Playwright with a JSON report beside the list output, then prints the plain
// "e2e: N passed, N failed" line that CI reads (Playwright's own summary is not read there).
// With no arguments it runs both suites: the demo install (playwright.config.ts) and the fresh
// install against a fake provider (playwright.golive.config.ts). Arguments go to Playwright as they
// are, e.g. `node scripts/run-e2e.mjs e2e/board.spec.ts` or `--config playwright.golive.config.ts`.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";

const args = process.argv.slice(2);
const runs =
  args.length > 0
    ? [args]
    : [
        ["--config", "playwright.config.ts"],
        ["--config", "playwright.golive.config.ts"],
        ["--config", "playwright.edge.config.ts"],
      ];

let passed = 0;
let failed = 0;
let skipped = 0;
let ok = true;
runs.forEach((runArgs, i) => {
  const report = `test-results/e2e-report-${i}.json`;
  rmSync(report, { force: true });
  const run = spawnSync("npx", ["playwright", "test", ...runArgs], {
    stdio: "inherit",
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: report },
  });
  try {
    const stats = JSON.parse(readFileSync(report, "utf8")).stats;
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
    skipped += stats.skipped;
    if (stats.unexpected > 0) ok = false;
  } catch {
    failed += 1;
    console.error(`no Playwright report was written for: ${runArgs.join(" ")}`);
  }
  if (run.status !== 0) ok = false;
});
console.log(`e2e: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(ok && failed === 0 ? 0 : 1);
