#!/usr/bin/env node
// Webhook benchmark: the production build on PostgreSQL against a bare node:http + postgres.js
// baseline doing the same persist-and-notify statement. See docs/benchmarks.md.
//
//   npm run bench:webhooks
//
// Knobs (env): BENCH_SAT_SECONDS (15), BENCH_WARMUP_SECONDS (3), BENCH_PACED_SECONDS (20),
// BENCH_RATE (100/s), BENCH_CONNECTIONS (50), BENCH_SSE_CLIENTS (100), BENCH_CALLS (20000 per db),
// NEXT_DIST_DIR (.next; built if BUILD_ID is missing, or always with BENCH_BUILD=1),
// BENCH_PACED_WARMUP_SECONDS (6: the same paced load first, not counted),
// BENCH_NODE_ARGS (extra node flags for the Next server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/p"),
// BENCH_ONLY (app|baseline: skip the other's phases), BENCH_JSON (write the figures there too),
// BENCH_FLOOR=0 (skip the GET /api/health reference), BENCH_NO_TERMINAL=1 (profiling aid: calls stop
// before completed/failed, so the terminal-effects transaction never runs), BENCH_SAT_SECONDS=0 / BENCH_PACED_SECONDS=0
// (skip a phase; handy with BENCH_NODE_ARGS="--cpu-prof" and profile-summary.mjs --last),
// BENCH_CASE (boards | two-instances: see CFG below), BENCH_LIMIT_SECONDS (300; 600 for a case),
// BENCH_LIVE_SERVER=1 (boards follow /api/live/calls on the plain live-stream server, `npm run live`,
// started beside the instance the boards would be on, instead of on next start itself),
// BENCH_LIVE_WEBHOOKS=1 (implies BENCH_LIVE_SERVER=1: the paced webhooks go to that live server's
// /api/webhooks/provider too, the same handler without Next's request pipeline; =2: to a second
// live server of their own, as a proxy routing /api/webhooks/ and /api/live/ apart would),
// PGPORT (5432). Only 127.0.0.1 is used.
import { spawn, fork, execFileSync } from "node:child_process";
import { existsSync, openSync, readFileSync, statSync, writeFileSync, mkdtempSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import { tsImport } from "tsx/esm/api";
import { CallSource, getPath, machineCpuMs, now, postWebhook, processCpuMs, processTree, resultOf, sleep, summarize } from "./lib.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "../..");
const num = (name, def) => (process.env[name] ? Number(process.env[name]) : def);
// BENCH_CASE: "" (the original run), "boards" (500 boards on one instance) or "two-instances"
// (webhooks into instance A, boards on instance B, one database). The cases skip saturation and
// run the raw pipeline (baseline-server.mjs + baseline-live.mjs) with the same boards.
const CASE = process.env.BENCH_CASE ?? "";
if (!["", "boards", "two-instances"].includes(CASE)) throw new Error(`BENCH_CASE: unknown case ${CASE}`);
const CFG = {
  case: CASE,
  satSeconds: num("BENCH_SAT_SECONDS", CASE ? 0 : 15),
  warmupSeconds: num("BENCH_WARMUP_SECONDS", 3),
  pacedSeconds: num("BENCH_PACED_SECONDS", 20),
  // Long enough for the first calls to end (a call's deliveries are 0.5 s apart), so the terminal
  // paths have run too before the window opens.
  pacedWarmupSeconds: num("BENCH_PACED_WARMUP_SECONDS", 6),
  rate: num("BENCH_RATE", 100),
  connections: num("BENCH_CONNECTIONS", 50),
  sseClients: num("BENCH_SSE_CLIENTS", CASE === "boards" ? 500 : 100),
  calls: num("BENCH_CALLS", 20_000),
  lanes: 50,
  pgPort: num("PGPORT", 5432),
  only: process.env.BENCH_ONLY ?? "",
  liveServer: process.env.BENCH_LIVE_SERVER === "1" || ["1", "2"].includes(process.env.BENCH_LIVE_WEBHOOKS ?? ""),
  liveWebhooks: ["1", "2"].includes(process.env.BENCH_LIVE_WEBHOOKS ?? ""),
  // 2: a second live server takes the webhooks, so acks never wait behind a fan-out on one event loop.
  liveWebhookProcess: process.env.BENCH_LIVE_WEBHOOKS === "2",
};
const TARGETS = {
  throughputRatio: 0.25,
  ackP99: CASE === "boards" ? 50 : 35,
  boardP99: CASE === "boards" ? 250 : 100,
  // two instances: board p99 at most this many times the raw pipeline's in the same run
  boardRatio: CASE === "two-instances" ? 15 : null,
};
const pgUrl = (db) => `postgres://postgres@127.0.0.1:${CFG.pgPort}/${db}`;
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const APP_DB = `callboard_bench_${stamp}`;
const BASE_DB = `callboard_bench_${stamp}_baseline`;
const logDir = mkdtempSync(path.join(os.tmpdir(), "callboard-bench-"));
const t0Run = Date.now();

const log = (...a) => console.log(`[bench ${((Date.now() - t0Run) / 1000).toFixed(1).padStart(5)}s]`, ...a);
const loadavg = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");

// ---------------------------------------------------------------- processes and cleanup
const children = new Set();
const createdDbs = [];
let admin;

function startProcess(name, cmd, args, env) {
  const file = path.join(logDir, `${name}.log`);
  const fd = openSync(file, "a");
  const child = spawn(cmd, args, { cwd: ROOT, env, stdio: ["ignore", fd, fd], detached: true });
  child.logFile = file;
  child.exited = new Promise((r) => child.on("exit", (code, signal) => r({ code, signal })));
  children.add(child);
  return child;
}

async function stopProcess(child) {
  if (!children.has(child)) return;
  children.delete(child);
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {}
  const done = await Promise.race([child.exited.then(() => true), sleep(8000).then(() => false)]);
  if (!done) {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {}
    await child.exited;
  }
}

let cleaning = null;
function cleanup() {
  cleaning ??= (async () => {
    for (const c of [...children]) await stopProcess(c);
    if (admin) {
      for (const db of createdDbs) {
        try {
          await admin.unsafe(`drop database if exists "${db}" with (force)`);
        } catch (e) {
          console.error(`could not drop ${db}: ${e.message}`);
        }
      }
      await admin.end({ timeout: 2 });
    }
  })();
  return cleaning;
}
for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, () => {
    console.error(`\n${sig}: cleaning up`);
    cleanup().finally(() => process.exit(130));
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(url, child, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited (${child.exitCode}); see ${child.logFile}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (res.ok) return;
    } catch {}
    await sleep(250);
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s; see ${child.logFile}`);
}

// ---------------------------------------------------------------- build
/** Next rewrites tsconfig.json's include list for a non-default distDir; put back only that. */
function restoreIfOnlyNextTouched(file, before) {
  if (before === null || !existsSync(file)) return;
  const after = readFileSync(file, "utf8");
  if (after === before) return;
  if (file.endsWith("tsconfig.json")) {
    try {
      const a = JSON.parse(after),
        b = JSON.parse(before);
      const added = (a.include ?? []).filter((x) => !(b.include ?? []).includes(x));
      a.include = (a.include ?? []).filter((x) => !added.includes(x));
      if (added.every((x) => /^\.next[\w-]*\//.test(x)) && JSON.stringify(a) === JSON.stringify(b)) writeFileSync(file, before);
    } catch {}
  } else {
    writeFileSync(file, before);
  }
}

function ensureBuild() {
  let distDir = process.env.NEXT_DIST_DIR || ".next";
  const has = (d) => existsSync(path.join(ROOT, d, "BUILD_ID"));
  if (!process.env.BENCH_BUILD && has(distDir))
    return { distDir, built: false, buildId: readFileSync(path.join(ROOT, distDir, "BUILD_ID"), "utf8").trim() };
  // A .next without BUILD_ID that changed in the last few minutes is probably someone's build in progress.
  if (
    distDir === ".next" &&
    existsSync(path.join(ROOT, ".next")) &&
    !has(".next") &&
    Date.now() - statSync(path.join(ROOT, ".next")).mtimeMs < 10 * 60_000
  ) {
    distDir = ".next-bench";
    log(".next looks mid-build (no BUILD_ID, recently changed): building into .next-bench");
  }
  log(`building the app into ${distDir} (next build)…`);
  const tsconfig = path.join(ROOT, "tsconfig.json");
  const nextEnv = path.join(ROOT, "next-env.d.ts");
  const before = [tsconfig, nextEnv].map((f) => (existsSync(f) ? readFileSync(f, "utf8") : null));
  const t = Date.now();
  try {
    execFileSync(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"], {
      cwd: ROOT,
      env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "inherit", "inherit"],
    });
  } finally {
    restoreIfOnlyNextTouched(tsconfig, before[0]);
    restoreIfOnlyNextTouched(nextEnv, before[1]);
  }
  log(`build done in ${((Date.now() - t) / 1000).toFixed(0)}s`);
  return { distDir, built: true, buildId: readFileSync(path.join(ROOT, distDir, "BUILD_ID"), "utf8").trim() };
}

// ---------------------------------------------------------------- databases
async function migrateBaseline(sql) {
  const journal = JSON.parse(readFileSync(path.join(ROOT, "drizzle/meta/_journal.json"), "utf8"));
  for (const { tag } of journal.entries) {
    const text = readFileSync(path.join(ROOT, "drizzle", `${tag}.sql`), "utf8");
    // In a transaction, as drizzle's migrator runs them (some take LOCK TABLE).
    await sql.begin(async (tx) => {
      for (const stmt of text.split("--> statement-breakpoint")) if (stmt.trim()) await tx.unsafe(stmt);
    });
  }
  const [ws] = await sql`insert into workspaces (name, slug, time_zone, business_hours, provider_workspace_id)
    values ('Summit Heating & Air', 'summit', 'America/Los_Angeles', '{}'::jsonb, 'ws_summit_demo') returning id`;
  const [user] =
    await sql`insert into users (email, name, password_hash) values ('dispatcher@callboard.test', 'Dana Dispatcher', 'x') returning id`;
  const [assistant] = await sql`insert into assistants (workspace_id, provider_assistant_id, name, purposes)
    values (${ws.id}, 'asst_callback_001', 'Callback Cathy', '{callback,follow_up}') returning id`;
  await sql`insert into customers (workspace_id, name, phone)
    select ${ws.id}, 'Bench Customer ' || g, '+1310555' || lpad(g::text, 4, '0') from generate_series(1, 50) g`;
  return { workspaceId: ws.id, userId: user.id, assistantId: assistant.id };
}

async function seededIds(sql) {
  const [ws] = await sql`select id from workspaces where name = 'Summit Heating & Air'`;
  if (!ws) throw new Error("the seeded workspace 'Summit Heating & Air' is missing (DEMO_SEED=1 did not seed?)");
  const [user] = await sql`select id from users where email = 'dispatcher@callboard.test'`;
  const [assistant] =
    await sql`select id from assistants where workspace_id = ${ws.id} and 'callback' = any(purposes) order by name limit 1`;
  return { workspaceId: ws.id, userId: user.id, assistantId: assistant.id };
}

/** N queued calls with unique provider call ids, spread over 50 customers, as if just accepted. */
async function precreateCalls(sql, { workspaceId, userId, assistantId }, origin, n) {
  const rows = await sql`
    with cs as (
      select id, name, phone, (row_number() over (order by name, id) - 1)::int as rn
      from (select id, name, phone from customers where workspace_id = ${workspaceId} and not do_not_call order by name, id limit 50) c
    ), k as (select count(*)::int as c from cs)
    insert into calls (workspace_id, customer_id, assistant_id, placed_by, purpose, phone_number, customer_name, context,
                       max_duration, record_call, webhook_url, idempotency_key, request_body, status, provider_call_id,
                       send_attempts, sent_at)
    select ${workspaceId}, cs.id, ${assistantId}, ${userId}, 'callback', cs.phone, cs.name,
           '{"callbackReason":"Benchmark call"}'::jsonb, 300, false, ${origin + "/api/webhooks/provider"}, 'bench-' || g,
           jsonb_build_object('phone_number', cs.phone, 'assistant_id', 'asst_callback_001'), 'queued',
           'call_bench_' || lpad(g::text, 6, '0'), 1, now()
    from generate_series(1, ${n}::int) g join cs on cs.rn = g % (select c from k)
    order by g
    returning provider_call_id, customer_name`;
  await sql`analyze calls`;
  return rows.map((r) => ({ providerCallId: r.provider_call_id, customerName: r.customer_name }));
}

// ---------------------------------------------------------------- app session
async function login(origin, workspaceId) {
  const jar = new Map();
  const keep = (res) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
  };
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrfRes = await fetch(`${origin}/api/auth/csrf`);
  keep(csrfRes);
  const { csrfToken } = await csrfRes.json();
  const res = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader() },
    body: new URLSearchParams({
      csrfToken,
      email: "dispatcher@callboard.test",
      password: "callboard-demo",
      redirect: "false",
      callbackUrl: `${origin}/board`,
    }),
  });
  keep(res);
  const session = [...jar].filter(([k]) => k.startsWith("authjs.session-token"));
  if (session.length === 0) throw new Error(`login failed (status ${res.status}): no authjs.session-token cookie`);
  const cookie = [...session.map(([k, v]) => `${k}=${v}`), `cb_workspace=${workspaceId}`].join("; ");
  const check = await (await fetch(`${origin}/api/auth/session`, { headers: { cookie } })).json();
  if (check?.user?.email !== "dispatcher@callboard.test") throw new Error(`session check failed: ${JSON.stringify(check)}`);
  return cookie;
}

// ---------------------------------------------------------------- CPU meter
/**
 * CPU time used during a phase by the server (process tree), its database's PostgreSQL backends,
 * the load generator (this process), the SSE clients, and everything else on the machine — so a
 * noisy, shared machine shows up in the figures instead of hiding in them.
 */
async function startMeter({ serverPid, db, ssePid, serverNames }) {
  const pgPids = async () => (await admin`select pid from pg_stat_activity where datname = ${db}`).map((r) => r.pid);
  const snap = (pids) => new Map(pids.map((p) => [p, processCpuMs(p)]));
  const serverTree = () => [serverPid].flat().flatMap((p) => processTree(p));
  const startServer = snap(serverTree());
  const startPg = snap(await pgPids());
  const startSse = ssePid ? processCpuMs(ssePid) : 0;
  const startGen = process.cpuUsage();
  const startMachine = machineCpuMs();
  const t0 = now();
  return async () => {
    const wall = now() - t0;
    const delta = (start, pids) => pids.reduce((a, p) => a + Math.max(0, processCpuMs(p) - (start.get(p) ?? 0)), 0);
    const server = delta(startServer, serverTree());
    // Each server's own share (with boards on the live-stream server: Next's and its).
    const byServer = Object.fromEntries(
      [serverPid].flat().map((root, i) => [serverNames?.[i] ?? String(root), delta(startServer, processTree(root))]),
    );
    const pg = delta(startPg, await pgPids());
    const sse = ssePid ? processCpuMs(ssePid) - startSse : 0;
    const g = process.cpuUsage(startGen);
    const generator = (g.user + g.system) / 1000;
    const m = machineCpuMs();
    const busy = m.busy - startMachine.busy;
    const total = m.total - startMachine.total;
    const others = Math.max(0, busy - server - pg - sse - generator);
    return {
      wallMs: wall,
      serverMs: server,
      byServerMs: byServer,
      pgMs: pg,
      sseMs: sse,
      generatorMs: generator,
      othersMs: others,
      machineBusyShare: busy / total,
      cores: os.cpus().length,
    };
  };
}

const perWebhook = (cpu, n) => ({
  server: cpu.serverMs / n,
  pg: cpu.pgMs / n,
  sse: cpu.sseMs / n,
  generator: cpu.generatorMs / n,
});

// ---------------------------------------------------------------- phases
/** Closed loop: `connections` workers, each sending its calls' events one after another. */
async function saturation({ port, sign, source, meter }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CFG.connections });
  const start = now();
  const warmEnd = start + CFG.warmupSeconds * 1000;
  const end = warmEnd + CFG.satSeconds * 1000;
  const lat = [];
  let completed = 0,
    errors = 0,
    errorsTotal = 0,
    sent = 0;
  const statuses = {};
  let stopMeter = null;
  const meterAt = setTimeout(async () => (stopMeter = await meter()), Math.max(0, warmEnd - now()));
  const worker = async () => {
    while (now() < end) {
      const { call, script } = source.take();
      let delivered = 0;
      for (const delivery of script) {
        if (now() >= end) break;
        const r = await postWebhook({ agent, port, sign, delivery });
        sent += 1;
        const bad = !(r.status >= 200 && r.status < 300);
        if (!bad && ++delivered === script.length) source.done(call, script);
        if (bad) {
          errorsTotal += 1;
          statuses[r.status || r.error] = (statuses[r.status || r.error] ?? 0) + 1;
        }
        if (r.t1 >= warmEnd && r.t1 <= end) {
          completed += 1;
          if (bad) errors += 1;
          if (r.t0 >= warmEnd) lat.push(r.t1 - r.t0);
        }
      }
    }
  };
  await Promise.all(Array.from({ length: CFG.connections }, worker));
  clearTimeout(meterAt);
  const cpu = stopMeter ? await stopMeter() : null;
  agent.destroy();
  return {
    rps: completed / CFG.satSeconds,
    ack: summarize(lat),
    errors,
    errorsTotal,
    sent,
    statuses,
    cpu,
    cpuPerWebhook: cpu && perWebhook(cpu, completed),
  };
}

/**
 * Reference, not a target: the same closed loop on GET /api/health, a bare Next.js route handler
 * doing one unprepared `select 1` through drizzle. What any request costs in this Next server
 * before the webhook code runs.
 */
async function nextFloor({ port, meter, seconds = 8, warmup = 2 }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CFG.connections });
  const warmEnd = now() + warmup * 1000;
  const end = warmEnd + seconds * 1000;
  const lat = [];
  let completed = 0,
    errors = 0,
    stopMeter = null;
  const meterAt = setTimeout(async () => (stopMeter = await meter()), Math.max(0, warmEnd - now()));
  const worker = async () => {
    while (now() < end) {
      const r = await getPath({ agent, port, path: "/api/health" });
      if (r.t1 >= warmEnd && r.t1 <= end) {
        completed += 1;
        if (r.status !== 200) errors += 1;
        if (r.t0 >= warmEnd) lat.push(r.t1 - r.t0);
      }
    }
  };
  await Promise.all(Array.from({ length: CFG.connections }, worker));
  clearTimeout(meterAt);
  const cpu = stopMeter ? await stopMeter() : null;
  agent.destroy();
  return { rps: completed / seconds, ack: summarize(lat), errors, cpu, cpuPerWebhook: cpu && perWebhook(cpu, completed) };
}

/**
 * Open loop: send i leaves at start + i/rate whatever happened before, and its latency counts from
 * that scheduled time (no coordinated omission). 50 lanes take turns, each carrying one call at a
 * time, so a call's sends are 0.5 s apart and one is in flight per call.
 */
async function paced({ port, sign, source, sse, dbUrl, meter, seconds = CFG.pacedSeconds }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CFG.connections });
  const total = Math.round(CFG.rate * seconds);
  const interval = 1000 / CFG.rate;
  const lanes = Array.from({ length: CFG.lanes }, () => ({ script: null, pos: 0, inflight: 0 }));
  const firstSends = []; // non-duplicate deliveries: [webhookId, providerCallId, sentAt]
  const lat = [],
    lag = [],
    perSecond = [];
  const tally = { applied: 0, duplicate: 0, other: 0, errors: 0, overlaps: 0, kinds: { normal: 0, late: 0, duplicate: 0 } };
  const pending = new Set();
  const stopMeter = meter ? await meter() : async () => null;
  const startAt = now() + 200;
  let i = 0;
  await new Promise((resolve) => {
    const tick = () => {
      const t = now();
      while (i < total && startAt + i * interval <= t) {
        const scheduled = startAt + i * interval;
        const lane = lanes[i % lanes.length];
        if (!lane.script || lane.pos >= lane.script.length) Object.assign(lane, source.take(), { pos: 0 });
        const { call, script } = lane;
        const delivery = script[lane.pos++];
        const pcid = call.providerCallId;
        if (lane.inflight > 0) tally.overlaps += 1;
        lane.inflight += 1;
        tally.kinds[delivery.kind] += 1;
        const sentAt = now();
        if (delivery.kind !== "duplicate") firstSends.push([delivery.webhookId, pcid, sentAt]);
        lag.push(sentAt - scheduled);
        const p = postWebhook({ agent, port, sign, delivery }).then((r) => {
          lane.inflight -= 1;
          lat.push(r.t1 - scheduled);
          const sec = Math.floor((scheduled - startAt) / 1000);
          perSecond[sec] = Math.max(perSecond[sec] ?? 0, r.t1 - scheduled);
          if (!(r.status >= 200 && r.status < 300)) {
            tally.errors += 1;
            script.bad = true;
          } else if ((script.acked = (script.acked ?? 0) + 1) === script.length && !script.bad) source.done(call, script);
          const res = resultOf(r.body);
          if (res === "applied") tally.applied += 1;
          else if (res === "duplicate") tally.duplicate += 1;
          else tally.other += 1;
          pending.delete(p);
        });
        pending.add(p);
        i += 1;
      }
      if (i < total) setTimeout(tick, Math.max(0, startAt + i * interval - now() - 0.5));
      else resolve();
    };
    setTimeout(tick, Math.max(0, startAt - now()));
  });
  await Promise.all([...pending]);
  const lastAck = now();
  const cpu = await stopMeter();
  agent.destroy();
  const out = {
    sent: total,
    seconds,
    ack: summarize(lat),
    sendLag: summarize(lag),
    tally,
    cpu,
    cpuPerWebhook: cpu && perWebhook(cpu, total),
    worstAckPerSecond: perSecond.map((x) => Math.round(x)),
  };
  if (sse) {
    await sleep(5000); // let the last board events land (a server that is behind may need seconds)
    // Each applied webhook's commit timestamp: webhook_events.received_at is the statement's now(),
    // the same value it writes to calls.updated_at (a terminal event's effects move it later still).
    const sql = postgres(dbUrl, { max: 1, onnotice: () => {} });
    const rows = await sql`select webhook_id, floor(extract(epoch from received_at) * 1000)::float8 as ms
      from webhook_events where webhook_id = any(${firstSends.map((x) => x[0])})`;
    await sql.end();
    const committed = new Map(rows.map((r) => [r.webhook_id, r.ms]));
    const sends = {};
    for (const [id, pcid, sentAt] of firstSends) if (committed.has(id)) (sends[pcid] ??= []).push([committed.get(id), sentAt]);
    out.board = await sse.collect({ sends, from: startAt });
    out.board.expectedPerClient = committed.size;
    out.board.drainedAfterLastAckMs = now() - lastAck;
  }
  return out;
}

/**
 * The same paced load for BENCH_PACED_WARMUP_SECONDS before the measured window, not counted, for
 * the app and the raw pipeline alike: the figures are a running server's, not its first second's
 * cold code paths (the worst-ack-per-second line of a run without it shows that second).
 */
async function warmUp({ port, sign, source, name }) {
  const seconds = CFG.pacedWarmupSeconds;
  if (seconds <= 0) return;
  log(`  warm-up: ${name}, ${CFG.rate}/s for ${seconds}s (not counted)…`);
  const w = await paced({ port, sign, source, sse: null, dbUrl: null, meter: null, seconds });
  log(`  warm-up ack p99 ${f1(w.ack.p99)} ms (worst per second ${w.worstAckPerSecond.join(" ")})`);
  await sleep(500);
}

function startSseClients(port, cookie, ssePath = "/api/live/calls") {
  const child = fork(path.join(HERE, "sse-clients.mjs"), [], {
    env: { ...process.env, PORT: String(port), COOKIE: cookie, CLIENTS: String(CFG.sseClients), SSE_PATH: ssePath },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  children.add(child);
  child.exited = new Promise((r) => child.on("exit", r));
  const next = () =>
    new Promise((resolve, reject) => {
      child.once("message", resolve);
      child.once("exit", (code) => reject(new Error(`sse-clients exited (${code})`)));
    });
  return {
    pid: child.pid,
    ready: next(),
    collect: async (msg) => {
      const result = next();
      child.send({ type: "collect", ...msg });
      const r = await result;
      children.delete(child);
      return r;
    },
  };
}

/** Duplicates and late events must not have moved a call backwards, nor stored an event twice. */
async function checkFinalStates(db, source) {
  const ids = source.finished.map((f) => f[0]);
  if (ids.length === 0) return null;
  const sql = postgres(pgUrl(db), { max: 1, onnotice: () => {} });
  try {
    const rows = await sql`select c.provider_call_id, c.status::text as status,
        (select count(*)::int from webhook_events e where e.call_id = c.id) as events
      from calls c where c.provider_call_id = any(${ids})`;
    const got = new Map(rows.map((r) => [r.provider_call_id, r]));
    let wrongStatus = 0,
      wrongEvents = 0;
    for (const [pcid, status, events] of source.finished) {
      const row = got.get(pcid);
      if (row?.status !== status) wrongStatus += 1;
      if (row?.events !== events) wrongEvents += 1;
    }
    return { calls: ids.length, wrongStatus, wrongEvents };
  } finally {
    await sql.end();
  }
}

// ---------------------------------------------------------------- report
const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : "—");
const f0 = (x) => (Number.isFinite(x) ? Math.round(x).toLocaleString("en-US") : "—");

function table(rows) {
  const head = ["metric", "app", "baseline", "app/baseline", "target", "met?"];
  const all = [head, ...rows];
  const w = head.map((_, c) => Math.max(...all.map((r) => String(r[c] ?? "").length)));
  const line = (r) => "| " + r.map((x, c) => String(x ?? "").padEnd(w[c])).join(" | ") + " |";
  return [line(head), "|" + w.map((n) => "-".repeat(n + 2)).join("|") + "|", ...rows.map(line)].join("\n");
}

function report(results, machine) {
  const { app, baseline } = results;
  const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}x` : "—");
  const yes = (ok) => (ok === undefined ? "" : ok ? "yes" : "NO");
  const rows = [];
  const sa = app?.saturation,
    sb = baseline?.saturation;
  const pa = app?.paced,
    pb = baseline?.paced;
  const tr = sa && sb ? sa.rps / sb.rps : NaN;
  rows.push([
    `throughput, ${CFG.connections} connections (req/s)`,
    f0(sa?.rps),
    f0(sb?.rps),
    ratio(sa?.rps, sb?.rps),
    `≥ ${TARGETS.throughputRatio}x baseline`,
    yes(Number.isFinite(tr) ? tr >= TARGETS.throughputRatio : undefined),
  ]);
  const nf = app?.nextFloor;
  if (nf)
    rows.push([
      `  reference: GET /api/health, bare Next route + select 1 (req/s)`,
      f0(nf.rps),
      f0(sb?.rps),
      ratio(nf.rps, sb?.rps),
      "(Next's floor)",
      "",
    ]);
  rows.push(["  saturation ack p50 (ms)", f1(sa?.ack.p50), f1(sb?.ack.p50), ratio(sa?.ack.p50, sb?.ack.p50), "", ""]);
  rows.push(["  saturation ack p99 (ms)", f1(sa?.ack.p99), f1(sb?.ack.p99), ratio(sa?.ack.p99, sb?.ack.p99), "", ""]);
  rows.push([
    "  saturation non-2xx / errors",
    sa ? `${sa.errors}` : "—",
    sb ? `${sb.errors}` : "—",
    "",
    "0",
    yes(sa ? sa.errors === 0 : undefined),
  ]);
  rows.push([`ack p50 at ${CFG.rate}/s (ms)`, f1(pa?.ack.p50), f1(pb?.ack.p50), ratio(pa?.ack.p50, pb?.ack.p50), "", ""]);
  rows.push([`ack p95 at ${CFG.rate}/s (ms)`, f1(pa?.ack.p95), f1(pb?.ack.p95), ratio(pa?.ack.p95, pb?.ack.p95), "", ""]);
  rows.push([
    `ack p99 at ${CFG.rate}/s (ms)`,
    f1(pa?.ack.p99),
    f1(pb?.ack.p99),
    ratio(pa?.ack.p99, pb?.ack.p99),
    `< ${TARGETS.ackP99} ms`,
    yes(pa ? pa.ack.p99 < TARGETS.ackP99 : undefined),
  ]);
  rows.push([`ack max at ${CFG.rate}/s (ms)`, f1(pa?.ack.max), f1(pb?.ack.max), "", "", ""]);
  rows.push([
    `  paced non-2xx / errors`,
    pa ? `${pa.tally.errors}` : "—",
    pb ? `${pb.tally.errors}` : "—",
    "",
    "0",
    yes(pa ? pa.tally.errors === 0 : undefined),
  ]);
  const b = pa?.board,
    bb = pb?.board;
  const where =
    (CFG.case === "two-instances" ? "on instance B, webhooks into A" : "on the same instance") +
    (CFG.liveServer ? " (its live-stream server)" : "");
  const boardRatio = b && bb ? b.latency.p99 / bb.latency.p99 : NaN;
  const lost = (x) => (x ? x.perClient.reduce((a, c) => a + c.missing, 0) : NaN);
  const boardRows = [
    ["p50", "p50"],
    ["p95", "p95"],
    ["p99", "p99"],
  ];
  for (const [label, k] of boardRows) {
    const isP99 = k === "p99";
    rows.push([
      `webhook→board ${label}, ${CFG.sseClients} SSE clients ${where} (ms)`,
      f1(b?.latency[k]),
      bb ? f1(bb.latency[k]) : "n/a",
      bb ? ratio(b?.latency[k], bb.latency[k]) : "",
      isP99 ? `< ${TARGETS.boardP99} ms` + (TARGETS.boardRatio ? ` and ≤ ${TARGETS.boardRatio}x` : "") : "",
      isP99 && b ? yes(b.latency.p99 < TARGETS.boardP99 && (!TARGETS.boardRatio || boardRatio <= TARGETS.boardRatio)) : "",
    ]);
  }
  rows.push([`webhook→board max (ms)`, f1(b?.latency.max), bb ? f1(bb.latency.max) : "n/a", "", "", ""]);
  rows.push([
    `lost (client, webhook) pairs: not shown 5 s after the last ack`,
    b ? f0(lost(b)) : "—",
    bb ? f0(lost(bb)) : "n/a",
    "",
    "0",
    yes(b ? lost(b) === 0 : undefined),
  ]);
  if (b) {
    const got = b.perClient.map((c) => c.reflected);
    const recv = b.perClient.map((c) => c.received);
    rows.push([
      `webhooks shown per client (of ${b.expectedPerClient} applied)`,
      `min ${Math.min(...got)} / max ${Math.max(...got)}`,
      bb ? `min ${Math.min(...bb.perClient.map((c) => c.reflected))} (of ${bb.expectedPerClient})` : "n/a",
      "",
      "all",
      yes(got.every((g) => g === b.expectedPerClient)),
    ]);
    rows.push([`  call messages per client`, `min ${Math.min(...recv)} / max ${Math.max(...recv)}`, "", "", "", ""]);
    rows.push([
      `  streams dropped and resumed / resets`,
      `${b.perClient.reduce((a, c) => a + (c.reconnects ?? 0), 0)} / ${b.perClient.reduce((a, c) => a + c.resets, 0)}`,
      "",
      "",
      "",
      "",
    ]);
  }

  const out = [];
  out.push("");
  out.push(
    `Webhook benchmark${CFG.case ? ` (case: ${CFG.case}${CFG.liveServer ? `, boards${CFG.liveWebhookProcess ? " and webhooks on two live servers" : CFG.liveWebhooks ? " and webhooks on the live-stream server" : " on the live-stream server"}` : ""})` : ""} — ${new Date().toISOString()}`,
  );
  out.push(`machine: ${machine.cpus} cores (${machine.cpuModel}), ${machine.memGiB} GiB, node ${machine.node}, ${machine.pg}`);
  out.push(
    `build: ${machine.distDir} (BUILD_ID ${machine.buildId}${machine.built ? ", built by this run" : ""}); app: next start, JOB_WORKER=0 (background jobs off), DEMO_SEED=1`,
  );
  out.push(
    `load average (1/5/15 min): start ${machine.loadStart}; ${Object.entries(results.loads)
      .map(([k, v]) => `${k} ${v}`)
      .join("; ")}`,
  );
  out.push(`mix: ${results.mix}`);
  out.push("");
  out.push(table(rows));
  out.push("");
  if (pa) {
    out.push(
      `paced app: ${pa.sent} sends (${pa.tally.kinds.normal} in order, ${pa.tally.kinds.late} late/out-of-order, ${pa.tally.kinds.duplicate} duplicates) → ${pa.tally.applied} applied, ${pa.tally.duplicate} duplicate; generator send lag p99 ${f1(pa.sendLag.p99)} ms; overlapping sends per call: ${pa.tally.overlaps}`,
    );
  }
  if (pa) out.push(`paced app, worst ack per second (ms): ${pa.worstAckPerSecond.join(" ")}`);
  if (pb) out.push(`paced baseline, worst ack per second (ms): ${pb.worstAckPerSecond.join(" ")}`);
  if (pb)
    out.push(
      `paced baseline: ${pb.tally.applied} applied, ${pb.tally.duplicate} duplicate; generator send lag p99 ${f1(pb.sendLag.p99)} ms`,
    );
  if (b) {
    const sum = (k) => b.perClient.reduce((a, c) => a + c[k], 0);
    out.push(
      `board: ${b.perClient.filter((c) => c.status === 200 && c.ready).length}/${CFG.sseClients} clients streaming; ${sum("reflected")} (client, webhook) pairs shown, ${sum("missing")} never shown; ${sum("received")} call messages (fewer than webhooks = changes coalesced by the hub), ${sum("unrelated")} for other calls; ${b.perClient.filter((c) => c.ended).length} streams ended early; SSE-client event-loop delay p99 ${f1(b.loopDelayMs.p99)} ms`,
    );
  }
  const cpuLine = (name, ph, n) => {
    if (!ph?.cpu) return;
    const c = ph.cpu,
      w = ph.cpuPerWebhook;
    const cores = (ms) => (ms / c.wallMs).toFixed(2);
    out.push(
      `  ${name.padEnd(20)} server ${w.server.toFixed(2)} ms + PostgreSQL ${w.pg.toFixed(2)} ms` +
        (c.sseMs ? ` + SSE clients ${w.sse.toFixed(2)} ms` : "") +
        ` + generator ${w.generator.toFixed(2)} ms per request  | cores busy: server ${cores(c.serverMs)}, pg ${cores(c.pgMs)}, generator ${cores(c.generatorMs)}` +
        (c.sseMs ? `, sse ${cores(c.sseMs)}` : "") +
        `, other processes ${cores(c.othersMs)} (machine ${(100 * c.machineBusyShare).toFixed(0)}% busy)`,
    );
  };
  const fs = (x) =>
    x
      ? `${x.calls - x.wrongStatus}/${x.calls} fully delivered calls in their expected terminal state, ${x.calls - x.wrongEvents}/${x.calls} with each distinct event stored once`
      : "—";
  out.push(
    `final-state check (duplicates and late events): app ${fs(results.finalStates?.app)}; baseline ${fs(results.finalStates?.baseline)}`,
  );
  if (sa?.cpu || sb?.cpu || pa?.cpu || pb?.cpu) {
    out.push("CPU time per request (from /proc; 'other processes' = the rest of the shared machine):");
    cpuLine("saturation app", sa);
    cpuLine("saturation baseline", sb);
    cpuLine("GET /api/health", app?.nextFloor);
    cpuLine("paced app (+SSE)", pa);
    if (pa?.cpu?.byServerMs && Object.keys(pa.cpu.byServerMs).length > 1)
      out.push(
        `    by server process: ${Object.entries(pa.cpu.byServerMs)
          .map(([name, ms]) => `${name} ${(ms / pa.sent).toFixed(2)} ms/webhook (${(ms / pa.cpu.wallMs).toFixed(2)} cores)`)
          .join(", ")}`,
      );
    cpuLine("paced baseline", pb);
  }
  if (sa?.errorsTotal || sb?.errorsTotal)
    out.push(`errors by status: app ${JSON.stringify(sa?.statuses)}; baseline ${JSON.stringify(sb?.statuses)}`);
  out.push(`logs: ${logDir}`);
  return out.join("\n");
}

// ---------------------------------------------------------------- main
async function main() {
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model?.trim() ?? "?",
    memGiB: (os.totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
    loadStart: loadavg(),
  };
  admin = postgres(pgUrl("postgres"), { max: 1, onnotice: () => {} });
  machine.pg = (await admin`select version() as v`)[0].v.split(" on ")[0];
  log(`${machine.cpus} cores, node ${machine.node}, ${machine.pg}, load ${machine.loadStart}`);

  Object.assign(machine, ensureBuild());
  // Whatever happens, the run (after the build) ends within BENCH_LIMIT_SECONDS (300; 600 for the
  // cases: 500 clients and a second instance start slowly on a busy machine) and leaves nothing behind.
  setTimeout(
    () => {
      console.error("benchmark: time limit (BENCH_LIMIT_SECONDS) reached, stopping");
      cleanup().finally(() => process.exit(1));
    },
    num("BENCH_LIMIT_SECONDS", CASE ? 600 : 300) * 1000,
  ).unref();
  const { PERSIST_EVENT_SQL, CALL_CHANNEL } = await tsImport(path.join(ROOT, "lib/webhooks/persist-sql.ts"), import.meta.url);
  const { webhookHeaders } = await tsImport(path.join(ROOT, "lib/webhooks/signature.ts"), import.meta.url);
  const { TEST_SIMULATOR_CREDENTIALS } = await tsImport(path.join(ROOT, "db/testing/simulator-credentials.ts"), import.meta.url);
  const secret = TEST_SIMULATOR_CREDENTIALS.webhookSecret;
  const sign = ({ id, timestamp, body }) => webhookHeaders({ secrets: secret, id, timestamp, body });

  for (const db of [APP_DB, BASE_DB]) {
    await admin.unsafe(`create database "${db}"`);
    createdDbs.push(db);
  }
  const results = { loads: {} };
  const [appPort, basePort] = [await freePort(), await freePort()];
  const appOrigin = `http://127.0.0.1:${appPort}`;
  const baseOrigin = `http://127.0.0.1:${basePort}`;

  // The app: migrates and seeds its database at start-up (instrumentation.ts).
  const cleanEnv = { ...process.env };
  for (const k of [
    "PGLITE_DIR",
    "PROVIDER_API_URL",
    "PROVIDER_API_KEY",
    "PROVIDER_WEBHOOK_SECRET",
    "PROVIDER_WEBHOOK_SECRET_PREVIOUS",
    "NODE_OPTIONS",
  ])
    delete cleanEnv[k];
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? "").split(/\s+/).filter(Boolean);
  const startApp = (name, port, origin, extra = {}) =>
    startProcess(
      name,
      process.execPath,
      [...nodeArgs, path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"],
      {
        ...cleanEnv,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        NEXT_DIST_DIR: machine.distDir,
        DATABASE_URL: pgUrl(APP_DB),
        DEMO_SEED: "1",
        AUTH_SECRET: "bench-secret-0123456789abcdef",
        AUTH_URL: origin,
        APP_URL: origin,
        JOB_WORKER: "0",
        INSTANCE_ID: `bench-${name}`,
        // The benchmark signs the deliveries itself; nothing calls the provider (jobs are off).
        PROVIDER_API_URL: `${origin}/api/simulator/v1`,
        PROVIDER_API_KEY: TEST_SIMULATOR_CREDENTIALS.apiKey,
        PROVIDER_WEBHOOK_SECRET: secret,
        ...extra,
      },
    );
  const app = startApp("app", appPort, appOrigin);
  log(`starting next start on ${appOrigin} (db ${APP_DB}, log ${app.logFile})`);

  // The baseline's database: the app's migrations, a workspace, an assistant, 50 customers.
  const baseSql = postgres(pgUrl(BASE_DB), { max: 2, onnotice: () => {} });
  const baseIds = await migrateBaseline(baseSql);
  const baseCalls = await precreateCalls(baseSql, baseIds, appOrigin, CFG.calls);
  await baseSql.end();
  const baseline = startProcess("baseline", process.execPath, [path.join(HERE, "baseline-server.mjs")], {
    ...cleanEnv,
    PORT: String(basePort),
    DATABASE_URL: pgUrl(BASE_DB),
    WEBHOOK_SECRET: secret,
    BENCH_PERSIST_SQL: PERSIST_EVENT_SQL,
  });

  await waitFor(`${appOrigin}/api/health`, app, 120_000);
  await waitFor(`${baseOrigin}/health`, baseline, 30_000);
  // Two instances: B starts once A has migrated and seeded the shared database; boards go on B.
  let boardPort = appPort,
    boardOrigin = appOrigin,
    appB = null;
  if (CFG.case === "two-instances") {
    boardPort = await freePort();
    boardOrigin = `http://127.0.0.1:${boardPort}`;
    appB = startApp("app-b", boardPort, boardOrigin);
    log(`starting instance B on ${boardOrigin} (same db, log ${appB.logFile})`);
    await waitFor(`${boardOrigin}/api/health`, appB, 120_000);
  }
  /** A `npm run live` process on the app's database (the boards' cookie is the app's), ready once its /healthz answers. */
  const startLiveServer = async (name, what) => {
    const port = await freePort();
    const proc = startProcess(
      name,
      process.execPath,
      ["--import", "tsx", "--conditions=react-server", path.join(ROOT, "scripts/live-server.ts")],
      {
        ...cleanEnv,
        NODE_ENV: "production",
        DATABASE_URL: pgUrl(APP_DB),
        AUTH_SECRET: "bench-secret-0123456789abcdef",
        APP_URL: boardOrigin,
        LIVE_PORT: String(port),
        LIVE_HOST: "127.0.0.1",
        PROVIDER_API_URL: `${appOrigin}/api/simulator/v1`,
        PROVIDER_API_KEY: TEST_SIMULATOR_CREDENTIALS.apiKey,
        PROVIDER_WEBHOOK_SECRET: secret,
      },
    );
    log(`starting ${what} on 127.0.0.1:${port} (log ${proc.logFile})`);
    await waitFor(`http://127.0.0.1:${port}/healthz`, proc, 60_000);
    return { proc, port };
  };
  let liveServer = null;
  if (CFG.liveServer) {
    const started = await startLiveServer("live-server", "the live-stream server");
    liveServer = started.proc;
    boardPort = started.port;
  }
  let webhookServer = null,
    webhookServerPort = null;
  if (CFG.liveWebhookProcess) {
    const started = await startLiveServer("live-webhooks", "a second live server for the webhooks");
    webhookServer = started.proc;
    webhookServerPort = started.port;
  }
  const serverPids = () => [
    app.pid,
    ...(appB ? [appB.pid] : []),
    ...(liveServer ? [liveServer.pid] : []),
    ...(webhookServer ? [webhookServer.pid] : []),
  ];
  const serverNames = [
    "next start (A)",
    ...(appB ? ["next start (B)"] : []),
    ...(liveServer ? ["live-stream server"] : []),
    ...(webhookServer ? ["live server (webhooks)"] : []),
  ];
  const appSql = postgres(pgUrl(APP_DB), { max: 2, onnotice: () => {} });
  const appIds = await seededIds(appSql);
  const appCalls = await precreateCalls(appSql, appIds, appOrigin, CFG.calls);
  await appSql.end();
  log(`servers up; ${CFG.calls.toLocaleString("en-US")} queued calls pre-created in each database`);

  const noTerminal = process.env.BENCH_NO_TERMINAL === "1";
  const appSource = new CallSource({ calls: appCalls, origin: appOrigin, seed: 42, noTerminal });
  const baseSource = new CallSource({ calls: baseCalls, origin: appOrigin, seed: 42, noTerminal });
  results.mix =
    (noTerminal ? "BENCH_NO_TERMINAL=1: no completed/failed events; " : "") +
    "per call: queued, dialing, ringing, then in_progress+completed (80%: outcome, ai_summary, transcript_url on the app's simulator origin) or failed (20%); ~60% of calls get one adjacent pair swapped (late earlier event); each delivery re-sent with p=0.11 (same webhook-id and body)";
  const doApp = CFG.only !== "baseline",
    doBase = CFG.only !== "app";

  // 1. saturation
  if (doBase && CFG.satSeconds > 0) {
    results.loads["before baseline saturation"] = loadavg();
    log(`saturation: baseline, ${CFG.connections} connections, ${CFG.warmupSeconds}s warm-up + ${CFG.satSeconds}s…`);
    (results.baseline ??= {}).saturation = await saturation({
      port: basePort,
      sign,
      source: baseSource,
      meter: () => startMeter({ serverPid: baseline.pid, db: BASE_DB }),
    });
    log(`  baseline ${f0(results.baseline.saturation.rps)} req/s, p99 ${f1(results.baseline.saturation.ack.p99)} ms`);
  }
  if (doApp && CFG.satSeconds > 0) {
    results.loads["before app saturation"] = loadavg();
    log(`saturation: app, ${CFG.connections} connections, ${CFG.warmupSeconds}s warm-up + ${CFG.satSeconds}s…`);
    (results.app ??= {}).saturation = await saturation({
      port: appPort,
      sign,
      source: appSource,
      meter: () => startMeter({ serverPid: app.pid, db: APP_DB }),
    });
    log(`  app ${f0(results.app.saturation.rps)} req/s, p99 ${f1(results.app.saturation.ack.p99)} ms`);
  }
  const floor = process.env.BENCH_FLOOR ? process.env.BENCH_FLOOR !== "0" : !CASE;
  if (doApp && floor) {
    results.loads["before Next.js floor"] = loadavg();
    log(`reference: GET /api/health (bare route, select 1), ${CFG.connections} connections, 2s warm-up + 8s…`);
    (results.app ??= {}).nextFloor = await nextFloor({ port: appPort, meter: () => startMeter({ serverPid: app.pid, db: APP_DB }) });
    log(`  /api/health ${f0(results.app.nextFloor.rps)} req/s, p99 ${f1(results.app.nextFloor.ack.p99)} ms`);
  }
  await sleep(2000);

  // 2. paced, open loop
  if (doBase && CFG.pacedSeconds > 0) {
    results.loads["before baseline paced"] = loadavg();
    log(`paced: baseline, ${CFG.rate}/s for ${CFG.pacedSeconds}s…`);
    // The raw pipeline's boards: the same clients on a bare LISTEN → SSE server (its own process,
    // like instance B), so board latency has a floor measured in the same run.
    let baseSse = null,
      baseLive = null;
    if (CFG.case) {
      const livePort = await freePort();
      baseLive = startProcess("baseline-live", process.execPath, [path.join(HERE, "baseline-live.mjs")], {
        ...cleanEnv,
        PORT: String(livePort),
        DATABASE_URL: pgUrl(BASE_DB),
        BENCH_CHANNEL: CALL_CHANNEL,
      });
      await waitFor(`http://127.0.0.1:${livePort}/health`, baseLive, 30_000);
      baseSse = startSseClients(livePort, "", "/live");
      const ready = await baseSse.ready;
      log(`${ready.connected}/${CFG.sseClients} SSE clients on the raw pipeline in ${f0(ready.connectMs)} ms`);
      await sleep(1000);
    }
    await warmUp({ port: basePort, sign, source: baseSource, name: "baseline" });
    (results.baseline ??= {}).paced = await paced({
      port: basePort,
      sign,
      source: baseSource,
      sse: baseSse,
      dbUrl: pgUrl(BASE_DB),
      meter: () => startMeter({ serverPid: [baseline.pid, ...(baseLive ? [baseLive.pid] : [])], db: BASE_DB, ssePid: baseSse?.pid }),
    });
    if (baseLive) await stopProcess(baseLive);
    log(`  baseline ack p50 ${f1(results.baseline.paced.ack.p50)} p99 ${f1(results.baseline.paced.ack.p99)} ms`);
  }
  if (doApp && CFG.pacedSeconds > 0) {
    const cookie = await login(CFG.liveServer ? appOrigin : boardOrigin, appIds.workspaceId);
    const sse = startSseClients(boardPort, cookie);
    const ready = await sse.ready;
    log(
      `${ready.connected}/${CFG.sseClients} SSE board clients connected in ${f0(ready.connectMs)} ms (statuses ${ready.statuses.join(",")})`,
    );
    await sleep(1000);
    results.loads["before app paced"] = loadavg();
    log(`paced: app, ${CFG.rate}/s for ${CFG.pacedSeconds}s with ${ready.connected} SSE clients…`);
    // The webhooks go where the reverse proxy would send them: next start, or the live server.
    const webhookPort = webhookServerPort ?? (CFG.liveWebhooks ? boardPort : appPort);
    await warmUp({ port: webhookPort, sign, source: appSource, name: "app" });
    (results.app ??= {}).paced = await paced({
      port: webhookPort,
      sign,
      source: appSource,
      sse,
      dbUrl: pgUrl(APP_DB),
      meter: () => startMeter({ serverPid: serverPids(), db: APP_DB, ssePid: sse.pid, serverNames }),
    });
    results.app.paced.sseConnected = ready.connected;
    log(
      `  app ack p50 ${f1(results.app.paced.ack.p50)} p99 ${f1(results.app.paced.ack.p99)} ms; board p50 ${f1(results.app.paced.board.latency.p50)} p99 ${f1(results.app.paced.board.latency.p99)} ms`,
    );
  }
  results.loads["end"] = loadavg();
  results.finalStates = {
    app: doApp ? await checkFinalStates(APP_DB, appSource) : null,
    baseline: doBase ? await checkFinalStates(BASE_DB, baseSource) : null,
  };

  machine.distDir = machine.distDir;
  const text = report(results, machine);
  console.log(text);
  if (process.env.BENCH_JSON)
    writeFileSync(
      process.env.BENCH_JSON,
      JSON.stringify({ date: new Date().toISOString(), machine, config: CFG, targets: TARGETS, results }, null, 2),
    );
}

try {
  await main();
} catch (error) {
  console.error("benchmark failed:", error);
  process.exitCode = 1;
} finally {
  log("cleaning up (stopping servers, dropping databases)…");
  await cleanup();
  log(`done in ${((Date.now() - t0Run) / 1000).toFixed(0)}s`);
}
