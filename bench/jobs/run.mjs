// npm run bench:jobs — N worker instances (scripts/job-worker.ts: the loop every app instance runs)
// on one fresh PostgreSQL database drain JOBS due jobs. Prints throughput, whether any job was
// claimed twice, and how often a backend waited on a lock (sampled from pg_stat_activity).
// KIND=send (default 1,000 jobs, 2 instances): the jobs are send_call jobs for calls waiting to be
// sent, sent over HTTP to the fake provider (lib/provider/fake, started here); it also prints what
// the provider saw: requests, distinct Idempotency-Keys, calls created, keys answered twice.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import os from "node:os";
import postgres from "postgres";
import { tsImport } from "tsx/esm/api";

const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const SEND = process.env.KIND === "send";
const JOBS = Number(process.env.JOBS ?? (SEND ? 1000 : 10_000));
const INSTANCES = Number(process.env.INSTANCES ?? (SEND ? 2 : 4));
const NAME = `callboard_bench_jobs_${process.pid}`;
const url = new URL(ADMIN_URL);
url.pathname = `/${NAME}`;
const env = { ...process.env, DATABASE_URL: url.toString(), PGLITE_DIR: "", JOB_POLL_MS: "100" };
const tsxArgs = ["--import", "tsx", "--conditions=react-server"];

const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
const children = [];
let fake = null;
if (SEND) {
  const { startFakeProvider } = await tsImport("../../lib/provider/fake/server.ts", import.meta.url);
  const apiKey = `sk_bench_${randomBytes(8).toString("hex")}`;
  const webhookSecret = `whsec_${randomBytes(24).toString("base64")}`;
  fake = await startFakeProvider({ apiKey, webhookSecret, port: 0 });
  Object.assign(env, { PROVIDER_API_URL: fake.url, PROVIDER_API_KEY: apiKey, PROVIDER_WEBHOOK_SECRET: webhookSecret, SIMULATOR: "off" });
}
console.log(
  `load average at start: ${os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(" ")} (${os.cpus().length} CPUs)`,
);
try {
  await admin.unsafe(`create database ${NAME}`);
  const seed = spawnSync(process.execPath, [...tsxArgs, SEND ? "bench/jobs/seed-send.ts" : "bench/jobs/seed.ts", String(JOBS)], {
    env,
    encoding: "utf8",
  });
  if (seed.status !== 0) throw new Error(`seed failed:\n${seed.stderr}`);
  const sql = postgres(url.toString(), { max: 2, onnotice: () => {} });

  // Start the workers, then wait until every one is ready before the clock starts: the jobs are
  // already due, so the first ones up take a head start; the figure counts from the first claim.
  const ready = [];
  for (let i = 1; i <= INSTANCES; i++) {
    const child = spawn(process.execPath, [...tsxArgs, "scripts/job-worker.ts"], {
      env: { ...env, INSTANCE_ID: `bench-${i}` },
      stdio: ["ignore", "pipe", "inherit"],
    });
    children.push(child);
    ready.push(new Promise((resolve) => child.stdout.on("data", (c) => String(c).includes("ready") && resolve())));
  }
  const t0 = Date.now();
  let lockWaits = 0;
  const waitKinds = new Map();
  let samples = 0;
  let firstClaimAt = null;
  for (;;) {
    const [{ open, claimed }] = await sql`select count(*) filter (where done_at is null)::int as open,
      count(*) filter (where attempts > 0)::int as claimed from jobs`;
    const waits = await sql`select wait_event, left(query, 60) as query from pg_stat_activity
      where datname = ${NAME} and wait_event_type = 'Lock'`;
    samples++;
    lockWaits += waits.length;
    for (const w of waits) waitKinds.set(`${w.wait_event}: ${w.query}`, (waitKinds.get(`${w.wait_event}: ${w.query}`) ?? 0) + 1);
    if (claimed > 0 && firstClaimAt === null) firstClaimAt = Date.now();
    if (open === 0) break;
    if (Date.now() - t0 > 300_000) throw new Error(`gave up: ${open} jobs still open after 5 minutes`);
    await new Promise((r) => setTimeout(r, 20));
  }
  const doneAt = Date.now();
  await Promise.all(ready);
  const [stats] = await sql`select count(*)::int as jobs, max(attempts)::int as max_attempts,
    count(*) filter (where attempts <> 1)::int as not_once,
    extract(epoch from max(done_at) - min(done_at))::float as span_s from jobs`;
  const seconds = (doneAt - firstClaimAt) / 1000;
  console.log(
    `\n${INSTANCES} instances drained ${stats.jobs.toLocaleString()} jobs in ${seconds.toFixed(1)} s: ` +
      `${Math.round(stats.jobs / seconds).toLocaleString()} jobs/s (first to last completion ${stats.span_s.toFixed(1)} s)`,
  );
  console.log(`claimed more than once: ${stats.not_once} (max attempts ${stats.max_attempts})`);
  console.log(`backends waiting on a lock: ${lockWaits} in ${samples} samples of pg_stat_activity (every ~20 ms)`);
  for (const [kind, n] of waitKinds) console.log(`  ${n} × ${kind}`);
  if (SEND) {
    const [calls] = await sql`select count(*)::int as calls, count(*) filter (where provider_call_id is not null)::int as sent,
      count(distinct provider_call_id)::int as distinct_ids, count(distinct idempotency_key)::int as keys from calls`;
    const posts = fake.requests.filter((r) => r.method === "POST" && r.path === "/v1/outbound/voice/call");
    const byKey = new Map();
    const statuses = {};
    for (const r of posts) {
      const key = r.headers["idempotency-key"];
      const e = byKey.get(key) ?? { posts: 0, ok: 0 };
      e.posts += 1;
      if (r.status >= 200 && r.status < 300) e.ok += 1;
      byKey.set(key, e);
      statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    }
    const answeredTwice = [...byKey.values()].filter((e) => e.ok > 1).length;
    const postedTwice = [...byKey.values()].filter((e) => e.posts > 1).length;
    console.log(
      `provider: ${posts.length} POST /v1/outbound/voice/call (statuses ${JSON.stringify(statuses)}), ${byKey.size} distinct Idempotency-Keys, ` +
        `${fake.calls.size} calls created; keys posted more than once ${postedTwice}, keys answered 2xx more than once ${answeredTwice}`,
    );
    console.log(
      `app: ${calls.calls} calls, ${calls.sent} with a provider call id (${calls.distinct_ids} distinct), ${calls.keys} distinct idempotency keys`,
    );
  }
  await sql.end();
} finally {
  for (const c of children) c.kill("SIGTERM");
  await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r() : c.once("exit", r)))));
  await admin.unsafe(`drop database if exists ${NAME} with (force)`);
  await admin.end();
  await fake?.close();
}
