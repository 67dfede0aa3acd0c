// npm run bench:campaigns — ROWS recipients (default 10,000) dialled by the campaign scheduler of a
// separate worker process (scripts/job-worker.ts) against the provider simulator over HTTP, on a
// fresh PostgreSQL database. The worker is killed with SIGKILL at 40% and started again. Prints the
// dispatch pace against the setting, the worker's memory over the run, double dials, and the
// database's work per call. Run: node --import tsx --conditions=react-server bench/campaigns/run.ts
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import postgres from "postgres";

const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const ROWS = Number(process.env.ROWS ?? 10_000);
// The most a manager can set (MAX_RATE_PER_MINUTE). Above the provider's 1,000 requests a minute the
// simulator answers 429 as the real one does, so a higher setting measures the provider, not us.
const { MAX_RATE_PER_MINUTE } = await import("@/lib/validation/campaign");
const RATE = Number(process.env.RATE ?? MAX_RATE_PER_MINUTE);
const KILL_AT = Number(process.env.KILL_AT ?? 0.4);
const NAME = `callboard_bench_campaigns_${process.pid}`;
const url = new URL(ADMIN_URL);
url.pathname = `/${NAME}`;

const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${NAME}`);
process.env.DATABASE_URL = url.toString();
process.env.PGLITE_DIR = "";
process.env.LOG_LEVEL = "warn";

const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(" ");
console.log(`load average at start: ${load()} (${os.cpus().length} CPUs); ${ROWS} rows at ${RATE}/min`);

const { resetEnvForTests } = await import("@/lib/env");
resetEnvForTests();
const { handle } = await import("@/db");
const { migrate } = await import("@/db/migrate");
await migrate(handle());
const { createAssistant, createMember, createWorkspace } = await import("@/db/testing/factories");
const { insertCampaign } = await import("@/db/queries/campaigns");
const { addRecipients } = await import("@/lib/campaigns/add-recipients");
const { controlCampaign } = await import("@/lib/campaigns/control");
const { zoneWhereItIs } = await import("@/lib/time/zone-at-hour");
const { startSimulatorServer } = await import("@/lib/provider/simulator/server");
const { TEST_SIMULATOR_CREDENTIALS } = await import("@/db/testing/simulator-credentials");

// No webhook secret: the simulator accepts calls and plays nothing back, so every call stays out
// and the in-flight cap (set out of reach) never holds the pace.
let accepted = 0;
const sim = await startSimulatorServer({ apiKey: TEST_SIMULATOR_CREDENTIALS.apiKey, onCallAccepted: () => accepted++ });

const workspace = await createWorkspace();
const manager = await createMember(workspace, "manager");
const assistant = await createAssistant(workspace);
const today = Date.now();
const campaign = await insertCampaign({
  workspaceId: workspace.id,
  name: "Bench",
  purpose: "follow_up",
  assistantId: assistant.id,
  contextTemplate: "Check in with {first_name}",
  startDate: new Date(today - 86_400_000).toISOString().slice(0, 10),
  endDate: new Date(today + 86_400_000).toISOString().slice(0, 10),
  dailyStartMinute: 8 * 60,
  dailyEndMinute: 21 * 60,
  ratePerMinute: RATE,
  maxInFlight: 1_000_000,
});
// Everyone where it is 11 o'clock: inside calling hours for the whole run.
const zone = zoneWhereItIs(11);
const t0 = Date.now();
for (let i = 0; i < ROWS; i += 1000) {
  const recipients = Array.from({ length: Math.min(1000, ROWS - i) }, (_, j) => ({
    rowNumber: i + j + 2,
    phone: `+1${["213", "310", "323", "424", "562", "626", "661", "747", "818", "909"][(i + j) % 10]}555${String(Math.floor((i + j) / 10) % 10_000).padStart(4, "0")}`,
    name: `Bench ${i + j}`,
    timeZone: zone,
    fields: { first_name: `B${i + j}` },
  }));
  const r = await addRecipients({ workspace, campaignId: campaign.id, recipients });
  if (!r.ok) throw new Error(r.error);
}
console.log(`${ROWS} recipients added (customers created, rows merged by number) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

const sql = postgres(url.toString(), { max: 2, onnotice: () => {} });
const [{ rows }] = await sql`select count(*)::int as rows from campaign_rows where campaign_id = ${campaign.id}`;
const workerEnv = {
  ...process.env,
  DATABASE_URL: url.toString(),
  PROVIDER_API_URL: sim.url,
  PROVIDER_API_KEY: TEST_SIMULATOR_CREDENTIALS.apiKey,
  PROVIDER_WEBHOOK_SECRET: TEST_SIMULATOR_CREDENTIALS.webhookSecret,
  APP_URL: "http://127.0.0.1:9",
  INSTANCE_ID: "bench-campaigns-1",
  SIMULATOR: "off",
};
function startWorker(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/job-worker.ts"], {
    env: workerEnv,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve) => child.stdout!.on("data", (c) => String(c).includes("ready") && resolve(child)));
}
const rssMb = (pid: number) => {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
};

const stats = async () =>
  (
    await sql`select xact_commit::bigint as x, tup_inserted::bigint as i, tup_updated::bigint as u, tup_fetched::bigint as f
  from pg_stat_database where datname = ${NAME}`
  )[0];
let worker = await startWorker();
const before = await stats();
await controlCampaign({ workspaceId: workspace.id, campaignId: campaign.id, command: "start", userId: manager.user.id });
const start = Date.now();
const samples: { t: number; dialled: number; rss: number }[] = [];
let killedAt: number | null = null;
let restartedAt: number | null = null;
const memory: number[][] = [[], []];
for (;;) {
  await new Promise((r) => setTimeout(r, 2000));
  const [{ dialled, open }] = await sql`select count(*) filter (where state in ('calling','done','failed','refused'))::int as dialled,
    count(*) filter (where state in ('queued','waiting','dialing'))::int as open from campaign_rows where campaign_id = ${campaign.id}`;
  const rss = rssMb(worker.pid!);
  memory[killedAt ? 1 : 0].push(rss);
  samples.push({ t: (Date.now() - start) / 1000, dialled, rss });
  if (samples.length % 15 === 0)
    console.log(`  ${samples.at(-1)!.t.toFixed(0)} s: ${dialled} dialled, worker ${rss.toFixed(0)} MB, load ${load()}`);
  if (!killedAt && dialled >= rows * KILL_AT) {
    worker.kill("SIGKILL");
    killedAt = (Date.now() - start) / 1000;
    console.log(`  ${killedAt.toFixed(0)} s: worker killed with SIGKILL at ${dialled} dialled`);
    await new Promise((r) => setTimeout(r, 1000));
    worker = await startWorker();
    restartedAt = (Date.now() - start) / 1000;
  }
  if (open === 0) break;
  if (Date.now() - start > 30 * 60_000) throw new Error(`gave up with ${open} rows open`);
}
const elapsed = (Date.now() - start) / 1000;
// Calls are stored as rows are dialled and sent by their own jobs: wait for the last sends.
for (let i = 0; i < 60; i++) {
  const [{ pending }] = await sql`select count(*)::int as pending from calls where campaign_id = ${campaign.id} and status = 'pending'`;
  if (pending === 0) break;
  await new Promise((r) => setTimeout(r, 1000));
}
const after = await stats();
worker.kill("SIGTERM");

const [calls] = await sql`select count(*)::int as calls, count(distinct customer_id)::int as customers,
  count(distinct idempotency_key)::int as keys, count(*) filter (where status = 'blocked')::int as blocked
  from calls where campaign_id = ${campaign.id}`;
const [doubles] = await sql`select count(*)::int as n from (select customer_id from calls where campaign_id = ${campaign.id}
  and status <> 'blocked' group by customer_id having count(*) > 1) d`;
// Steady pace: between 10% and 35% of the rows (before the kill), and after the restart settled.
const paceBetween = (a: number, b: number) => {
  const s = samples.filter((x) => x.dialled >= rows * a && x.dialled <= rows * b);
  if (s.length < 2) return null;
  return ((s.at(-1)!.dialled - s[0].dialled) / (s.at(-1)!.t - s[0].t)) * 60;
};
const pct = (p: number | null) => (p === null ? "n/a" : `${p.toFixed(0)}/min (${(((p - RATE) / RATE) * 100).toFixed(1)}% vs setting)`);
const n = Number(after.x) - Number(before.x);
console.log(
  `\nRows: ${rows}; dialled in ${elapsed.toFixed(0)} s (kill at ${killedAt?.toFixed(0)} s, worker back at ${restartedAt?.toFixed(0)} s)`,
);
console.log(
  `Pace: setting ${RATE}/min; overall ${((rows / elapsed) * 60).toFixed(0)}/min; steady before the kill ${pct(paceBetween(0.1, 0.35))}; after the restart ${pct(paceBetween(0.5, 0.95))}`,
);
console.log(
  `Worker memory (RSS): first process ${Math.min(...memory[0]).toFixed(0)}–${Math.max(...memory[0]).toFixed(0)} MB, after restart ${Math.min(...memory[1]).toFixed(0)}–${Math.max(...memory[1]).toFixed(0)} MB`,
);
console.log(
  `Calls: ${calls.calls} stored (${calls.keys} distinct keys, ${calls.blocked} blocked), provider accepted ${accepted}; customers called more than once: ${doubles.n}`,
);
console.log(
  `Database per call: ${(n / calls.calls).toFixed(1)} commits, ${((Number(after.i) - Number(before.i)) / calls.calls).toFixed(1)} rows inserted, ` +
    `${((Number(after.u) - Number(before.u)) / calls.calls).toFixed(1)} updated, ${((Number(after.f) - Number(before.f)) / calls.calls).toFixed(0)} fetched`,
);
// Calls stored per 10 s of the run (the rate the scheduler dialled at), to see where the pace dipped.
const buckets = await sql`select floor(extract(epoch from created_at - ${new Date(start)}::timestamptz) / 10)::int as b, count(*)::int as n
  from calls where campaign_id = ${campaign.id} group by 1 order by 1`;
console.log(`Dialled per 10 s (setting ${RATE / 6}): ${buckets.map((r) => r.n).join(" ")}`);
console.log(`load average at end: ${load()}`);
await sql.end();
await handle().close();
await sim.close();
await admin.unsafe(`drop database if exists ${NAME} with (force)`);
await admin.end();
process.exit(0);
