// Runs Playwright with a JSON report beside the list output, then prints the plain
// "e2e: N passed, N failed" line that CI reads (Playwright's own summary is not read there).
//
// With no arguments it runs every suite: the demo install (playwright.config.ts), the fresh install
// against a fake provider (playwright.golive.config.ts) and the provider edge
// (playwright.edge.config.ts), in E2E_LANES lanes (default 2) that run at the same time. Each lane
// runs its share of the demo install's spec files against a `next start` and an embedded database
// of its own, on its own port, so no test sees another lane's data; then the other suites it was
// given. Most of a test's time is spent waiting on simulated calls, so two lanes on two cores take
// little more than half the time of one. Specs go to lanes by their last measured seconds
// (e2e/durations.json, longest first onto the lane with the least so far); `E2E_DURATIONS=write`
// records this run's seconds there. Each lane's lines are prefixed with its name.
//
// Arguments go to Playwright as they are, in one run, e.g.
// `node scripts/run-e2e.mjs e2e/board.spec.ts` or `--config playwright.golive.config.ts`.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createInterface } from "node:readline";

const DURATIONS = "e2e/durations.json";
/** A spec with no measured time yet: a guess, so that it still goes somewhere. */
const UNMEASURED_SECONDS = 30;
const OTHER_SUITES = ["playwright.golive.config.ts", "playwright.edge.config.ts"];

const args = process.argv.slice(2);
const laneCount = Math.max(1, Number(process.env.E2E_LANES ?? 2));
const basePort = Number(process.env.E2E_PORT ?? 3107);

function readDurations() {
  try {
    return JSON.parse(readFileSync(DURATIONS, "utf8"));
  } catch {
    return {};
  }
}

/** Longest first, each onto the lane with the fewest seconds so far. */
function plan(durations) {
  const specs = readdirSync("e2e")
    .filter((f) => f.endsWith(".spec.ts"))
    .map((f) => `e2e/${f}`);
  const items = [...specs, ...OTHER_SUITES]
    .map((name) => ({ name, seconds: durations[name] ?? UNMEASURED_SECONDS }))
    .sort((a, b) => b.seconds - a.seconds || a.name.localeCompare(b.name));
  const lanes = Array.from({ length: laneCount }, () => ({ seconds: 0, specs: [], suites: [] }));
  for (const item of items) {
    const lane = lanes.reduce((a, b) => (b.seconds < a.seconds ? b : a));
    lane.seconds += item.seconds;
    (OTHER_SUITES.includes(item.name) ? lane.suites : lane.specs).push(item.name);
  }
  return lanes.map((lane, i) => {
    const port = String(basePort + 30 * i);
    const steps = [];
    // The spec files are Playwright's filters, matched as patterns: anchor each to its whole path.
    const filters = lane.specs.sort().map((s) => `${s.replaceAll(".", "\\.")}$`);
    if (filters.length > 0) {
      steps.push({ name: `main ${i + 1}`, args: ["--config", "playwright.config.ts", ...filters], env: { E2E_PORT: port } });
    }
    for (const suite of lane.suites) steps.push({ name: suite.split(".")[1], args: ["--config", suite], env: {} });
    return steps;
  });
}

function run(step, report, prefixed) {
  rmSync(report, { force: true });
  const child = spawn("npx", ["playwright", "test", ...step.args], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...step.env, PLAYWRIGHT_JSON_OUTPUT_NAME: report },
  });
  const prefix = prefixed ? `[${step.name}] ` : "";
  for (const [stream, out] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ]) {
    createInterface({ input: stream }).on("line", (line) => out.write(`${prefix}${line}\n`));
  }
  return new Promise((resolve) => child.on("close", (code) => resolve(code)));
}

/**
 * Seconds per spec file (or per suite, for the other configs) from a JSON report: from the end of
 * the file before it to the end of its last test, so that its hooks (a server to start, a call to
 * place first) count too.
 */
function secondsOf(report, step) {
  const spans = new Map();
  const walk = (suite, file) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        for (const r of test.results) {
          const start = Date.parse(r.startTime);
          const span = spans.get(file) ?? { start, end: start };
          spans.set(file, { start: Math.min(span.start, start), end: Math.max(span.end, start + r.duration) });
        }
      }
    }
    for (const child of suite.suites ?? []) walk(child, file);
  };
  for (const suite of report.suites ?? []) walk(suite, `e2e/${suite.file}`);
  const seconds = {};
  let previousEnd = null;
  for (const [file, span] of [...spans].sort((a, b) => a[1].start - b[1].start)) {
    seconds[file] = (span.end - (previousEnd ?? span.start)) / 1000;
    previousEnd = span.end;
  }
  delete seconds["e2e/auth.setup.ts"];
  const suite = step.args[1];
  if (OTHER_SUITES.includes(suite)) return { [suite]: Object.values(seconds).reduce((a, b) => a + b, 0) };
  return seconds;
}

const lanes = args.length > 0 ? [[{ name: "", args, env: {} }]] : plan(readDurations());
const results = await Promise.all(
  lanes.map(async (lane, l) => {
    const out = [];
    for (const [s, step] of lane.entries()) {
      const path = `test-results/e2e-report-${l}-${s}.json`;
      const code = await run(step, path, lanes.length > 1);
      try {
        const report = JSON.parse(readFileSync(path, "utf8"));
        const { expected, flaky, unexpected, skipped } = report.stats;
        out.push({ code, passed: expected + flaky, failed: unexpected, skipped, seconds: secondsOf(report, step) });
      } catch {
        console.error(`no Playwright report was written for: ${step.args.join(" ")}`);
        out.push({ code, passed: 0, failed: 1, skipped: 0, seconds: {} });
      }
    }
    return out;
  }),
);

const all = results.flat();
if (process.env.E2E_DURATIONS === "write" && args.length === 0) {
  const measured = Object.assign({}, ...all.map((r) => r.seconds));
  const rounded = Object.fromEntries(
    Object.entries(measured)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [k, Math.round(v)]),
  );
  writeFileSync(DURATIONS, `${JSON.stringify(rounded, null, 2)}\n`);
}
const sum = (key) => all.reduce((n, r) => n + r[key], 0);
const [passed, failed, skipped] = [sum("passed"), sum("failed"), sum("skipped")];
console.log(`e2e: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed === 0 && all.every((r) => r.code === 0) ? 0 : 1);
