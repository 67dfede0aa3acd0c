// The HTTP half of the outcomes benchmark: starts the production build against the bench
// database, signs in as the demo manager (system Chromium), times GET /outcomes, and streams a
// full export while sampling the server's memory from /proc.
import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { chromium } from "@playwright/test";

const PORT = Number(process.env.BENCH_PORT ?? 3342);
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.env.RUNS ?? 30);

/** RSS of a process and all its descendants (next start may run its server in a child). */
function treeRssKb(pid) {
  let total = 0;
  try {
    total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      for (const child of readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").split(" ").filter(Boolean))
        total += treeRssKb(Number(child));
    }
  } catch {
    // The process ended between two reads.
  }
  return total;
}

const mb = (kb) => Math.round((kb / 1024) * 10) / 10;
const stats = (ms) => {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { p50: Math.round(at(0.5)), p95: Math.round(at(0.95)) };
};

async function waitForHealth(deadline) {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the server did not start within 60 s");
}

async function signIn() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${BASE}/login`);
    await page.getByLabel("Email").fill("manager@callboard.test");
    await page.getByLabel("Password").fill("callboard-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/board$/);
    return (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  } finally {
    await browser.close();
  }
}

/** The production build on the bench database, signed in as the demo manager. */
export async function openApp({ env, onServer }) {
  const server = spawn("node", ["node_modules/next/dist/bin/next", "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    env: {
      ...env,
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next",
      APP_URL: BASE,
      AUTH_URL: BASE,
      AUTH_SECRET: "bench-outcomes-0123456789abcdef",
      AUTH_TRUST_HOST: "true",
      DEMO_SEED: "0",
      SIMULATOR: "on",
      JOB_WORKER: "0",
      PROVIDER_API_URL: "",
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  onServer(server);
  await waitForHealth(Date.now() + 60_000);
  return { server, cookie: await signIn() };
}

export async function measureHttp({ env, onServer }) {
  const { server, cookie } = await openApp({ env, onServer });
  const get = async (path) => {
    const t = performance.now();
    const res = await fetch(`${BASE}${path}`, { headers: { cookie } });
    const body = await res.text();
    if (!res.ok || !body.includes("Outcomes")) throw new Error(`GET ${path}: ${res.status}`);
    return performance.now() - t;
  };
  const pages = {};
  for (const path of ["/outcomes", "/outcomes?range=7d&purpose=callback&answeredBy=human", "/outcomes?q=thermostat"]) {
    for (let i = 0; i < 3; i++) await get(path);
    const ms = [];
    for (let i = 0; i < RUNS; i++) ms.push(await get(path));
    pages[path] = stats(ms);
  }

  // A full export of the 90 days, read as fast as the client can; the server's RSS is sampled.
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Los_Angeles" }).format(new Date());
  const from = new Date(Date.parse(`${today}T00:00:00Z`) - 89 * 86_400_000).toISOString().slice(0, 10);
  const rssBefore = treeRssKb(server.pid);
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRssKb(server.pid))), 20);
  const t = performance.now();
  const res = await fetch(`${BASE}/api/exports/calls?range=custom&from=${from}&to=${today}`, { headers: { cookie } });
  let rows = -1;
  let bytes = 0;
  for await (const chunk of res.body) {
    bytes += chunk.byteLength;
    for (const b of chunk) if (b === 10) rows++;
  }
  const seconds = Math.round((performance.now() - t) / 10) / 100;
  clearInterval(sampler);
  const rssAfter = treeRssKb(server.pid);
  return {
    pages,
    export: {
      status: res.status,
      rows,
      mb: mb(bytes / 1024),
      seconds,
      rssBeforeMb: mb(rssBefore),
      rssPeakMb: mb(peak),
      rssAfterMb: mb(rssAfter),
    },
  };
}
