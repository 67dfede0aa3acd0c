// npm run bench:outcomes:scale — the outcomes page's data at several sizes, side by side: for
// each size in SIZES (default 100000,1000000) seeds a fresh PostgreSQL database in bulk
// (generate_series, the aggregates rebuilt once), times the page's data functions in-process
// (bench/outcomes/page-time.ts, RUNS per view) and drops the database. The "from calls (before)"
// rows time the old scans in the same run, so aggregates and scans compare on the same load.
// With a production build in NEXT_DIST_DIR (.next) it also times GET /outcomes over HTTP and
// streams the full 90-day export through the server (bench/outcomes/http.mjs); HTTP=0 skips that.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";
import postgres from "postgres";
import { measureHttp } from "./http.mjs";

const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const SIZES = (process.env.SIZES ?? "100000,1000000").split(",").map(Number);
const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
const loadavg = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(" ");

function tsx(script, env) {
  const run = spawnSync("node", ["--import", "tsx", "--conditions=react-server", script], { env, encoding: "utf8", timeout: 1_800_000 });
  if (run.status !== 0) throw new Error(`${script} failed:\n${run.stderr || run.stdout}`);
  return JSON.parse(run.stdout.trim().split("\n").at(-1));
}

const results = [];
console.log(`load average at start: ${loadavg()} (${os.cpus().length} CPUs)`);
for (const size of SIZES) {
  const name = `callboard_bench_scale_${process.pid}_${size}`;
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const env = { ...process.env, DATABASE_URL: url.toString(), PGLITE_DIR: "", CALLS: String(size) };
  try {
    await admin.unsafe(`create database ${name}`);
    console.log(`seeding ${size.toLocaleString()} calls over 90 days…`);
    const seed = tsx("bench/outcomes/seed.ts", env);
    console.log(
      `  ${seed.calls.toLocaleString()} calls in ${seed.seconds} s; outcome_daily rebuilt in ${seed.rebuildSeconds} s (${seed.groups.toLocaleString()} groups)`,
    );
    console.log("timing the page's data functions…");
    const page = tsx("bench/outcomes/page-time.ts", env);
    let http = null;
    if (process.env.HTTP !== "0" && existsSync(`${process.env.NEXT_DIST_DIR || ".next"}/BUILD_ID`)) {
      console.log("timing GET /outcomes and the full export over HTTP (production build)…");
      let server = null;
      try {
        http = await measureHttp({ env, onServer: (s) => (server = s) });
      } finally {
        if (server) {
          try {
            process.kill(-server.pid, "SIGTERM");
          } catch {}
          await new Promise((r) => setTimeout(r, 1000));
        }
      }
    }
    results.push({ size, seed, page, http });
  } finally {
    await admin.unsafe(`drop database if exists ${name} with (force)`).catch((e) => console.error("could not drop", name, e.message));
  }
}
await admin.end();

const ms = (s) => (s ? `${s.p50} / ${s.p95}` : "");
const cell = (s) => String(s).padStart(22);
console.log(`\nOutcomes at scale, p50 / p95 ms in-process, ${results[0]?.page.runs} runs per view, load average ${loadavg()}`);
console.log("".padEnd(48) + results.map((r) => cell(`${r.size.toLocaleString()} calls`)).join(""));
const first = results[0]?.page;
if (first) {
  for (const view of Object.keys(first.views)) console.log(view.padEnd(48) + results.map((r) => cell(ms(r.page.views[view]))).join(""));
  for (const q of Object.keys(first.queries)) console.log(`  ${q}`.padEnd(48) + results.map((r) => cell(ms(r.page.queries[q]))).join(""));
  console.log(
    "calls in the default view".padEnd(48) + results.map((r) => cell(r.page.views["default (30 days)"].calls.toLocaleString())).join(""),
  );
  console.log("outcome_daily groups (all 90 days)".padEnd(48) + results.map((r) => cell(r.seed.groups.toLocaleString())).join(""));
  console.log("rebuild from calls, s".padEnd(48) + results.map((r) => cell(r.seed.rebuildSeconds)).join(""));
}
const withHttp = results.filter((r) => r.http);
if (withHttp.length === results.length && results.length > 0) {
  console.log(`\nOver HTTP (next start, signed in as the manager), p50 / p95 ms`);
  for (const path of Object.keys(results[0].http.pages))
    console.log(`GET ${path}`.padEnd(48) + results.map((r) => cell(ms(r.http.pages[path]))).join(""));
  const e = (r) => r.http.export;
  console.log("export, 90 days: rows".padEnd(48) + results.map((r) => cell(e(r).rows.toLocaleString())).join(""));
  console.log(
    "  seconds · rows/s".padEnd(48) +
      results.map((r) => cell(`${e(r).seconds} · ${Math.round(e(r).rows / e(r).seconds).toLocaleString()}`)).join(""),
  );
  console.log(
    "  server RSS before / peak / after, MB".padEnd(48) +
      results.map((r) => cell(`${e(r).rssBeforeMb} / ${e(r).rssPeakMb} / ${e(r).rssAfterMb}`)).join(""),
  );
}
console.log(JSON.stringify(results));
