// npm run bench:outcomes — seeds 100,000 calls over 90 days into a fresh PostgreSQL database on
// 127.0.0.1:5432, then measures the outcomes page (in-process, and over HTTP when a build exists
// in NEXT_DIST_DIR, default .next) and the CSV export (time and memory). Drops the database at the end.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";
import postgres from "postgres";
import { measureHttp } from "./http.mjs";

const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const NAME = `callboard_bench_outcomes_${process.pid}`;
const url = new URL(ADMIN_URL);
url.pathname = `/${NAME}`;
const DATABASE_URL = url.toString();
const env = { ...process.env, DATABASE_URL, PGLITE_DIR: "" };

/** Runs a tsx script and returns the JSON it printed last. */
function tsx(args, nodeFlags = []) {
  const run = spawnSync("node", ["--expose-gc", ...nodeFlags, "--import", "tsx", "--conditions=react-server", ...args], {
    env,
    encoding: "utf8",
    timeout: 240_000,
  });
  if (run.status !== 0) throw new Error(`${args[0]} failed:\n${run.stderr || run.stdout}`);
  return JSON.parse(run.stdout.trim().split("\n").at(-1));
}

const loadavg = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(" ");

const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
const started = Date.now();
const DIST = process.env.NEXT_DIST_DIR || ".next";
console.log(`load average at start: ${loadavg()} (${os.cpus().length} CPUs); other work on the machine shows in the p95s`);
let server = null;
try {
  await admin.unsafe(`create database ${NAME}`);
  console.log(`seeding ${process.env.CALLS ?? "100,000"} calls over 90 days into ${NAME}…`);
  const seed = tsx(["bench/outcomes/seed.ts"]);
  console.log(`  ${seed.calls.toLocaleString()} calls in ${seed.seconds} s`);

  console.log("timing the page's data functions in-process…");
  const page = tsx(["bench/outcomes/page-time.ts"]);

  // V8 collects lazily, so with a default heap RSS grows with garbage, not with live data. The
  // same export with the old generation capped at 48 MB shows what it really holds: it would
  // crash if rows piled up, and instead peaks at the same RSS for 7k and 100k rows.
  console.log("exporting CSV in a child process (7, 30 and 90 days; default heap, then capped at 48 MB)…");
  const exports = [7, 30, 90].map((days) => ({
    ...tsx(["bench/outcomes/export-memory.ts", String(days)]),
    capped: tsx(["bench/outcomes/export-memory.ts", String(days)], ["--max-old-space-size=48"]),
  }));

  let http = null;
  if (existsSync(`${DIST}/BUILD_ID`)) {
    console.log(`starting the production build (${DIST}) for HTTP timings…`);
    http = await measureHttp({ env, onServer: (s) => (server = s) });
  } else {
    console.log(`no build in ${DIST}: HTTP timings skipped (run npx next build first)`);
  }

  const ms = (s) => `${s.p50} / ${s.p95}`;
  const row = (name, a, b, target) => console.log(`${name.padEnd(50)} ${String(a).padStart(16)} ${String(b).padStart(18)}   ${target}`);
  console.log(
    `\nOutcomes benchmark: ${seed.calls.toLocaleString()} calls over 90 days, PostgreSQL 127.0.0.1, ${page.runs} runs per view, load average ${loadavg()}`,
  );
  row("page server time, p50 / p95 ms", "in-process", "", "target");
  for (const [name, s] of Object.entries(page.views)) row(`${name} [${s.calls.toLocaleString()} calls]`, ms(s), "", "< 200 ms");
  for (const [name, s] of Object.entries(page.queries)) row(`  one query: ${name}`, ms(s), "", "");
  row("  search as OR EXISTS (not used)", ms(page.search.orExists), "", "");
  row("  search as id IN (… UNION …) (used)", ms(page.search.union), "", "");
  if (http) for (const [name, s] of Object.entries(http.pages)) row(`HTTP GET ${name}`, ms(s), "", "< 200 ms");
  console.log("");
  row("CSV export, child process", "rows · seconds", "peak RSS (base)", "heap capped at 48 MB: peak RSS (base)");
  for (const e of exports)
    row(
      `  ${e.days} days`,
      `${e.rows.toLocaleString()} · ${e.seconds}`,
      `${e.rssPeakMb} (${e.rssBaselineMb}) MB`,
      `${e.capped.rssPeakMb} (${e.capped.rssBaselineMb}) MB, ${e.capped.seconds} s`,
    );
  if (http) {
    const e = http.export;
    row(
      "  over HTTP, server process RSS",
      `${e.rows.toLocaleString()} · ${e.seconds}`,
      `${e.rssPeakMb} (${e.rssBeforeMb}) MB`,
      `after ${e.rssAfterMb} MB`,
    );
  }
  console.log(`\n(total ${Math.round((Date.now() - started) / 1000)} s)`);
  console.log(JSON.stringify({ seed, page, exports, http }));
} finally {
  if (server) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {}
  }
  await admin.unsafe(`drop database if exists ${NAME} with (force)`).catch((e) => console.error("could not drop", NAME, e.message));
  await admin.end();
}
