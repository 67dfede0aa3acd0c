// What the outcomes page weighs and where: the HTML's bytes (and gzipped), the share that is the
// RSC payload (the `self.__next_f.push` scripts that hydrate it), each <section>'s markup, and
// GET times. Against a seeded bench database and the production build:
//
//   DATABASE_URL=postgres://…/bench_1m RUNS=20 node bench/outcomes/page-weight.mjs [path…]
//
// Paths default to /outcomes and /outcomes?q=thermostat. NEXT_DIST_DIR picks another build.
import { gzipSync } from "node:zlib";
import { openApp } from "./http.mjs";

const RUNS = Number(process.env.RUNS ?? 20);
const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["/outcomes", "/outcomes?q=thermostat"];
const BASE = `http://127.0.0.1:${Number(process.env.BENCH_PORT ?? 3342)}`;
if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL: a seeded bench database (bench/outcomes/seed.ts)");

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const stats = (ms) => {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return `p50 ${Math.round(at(0.5))} / p95 ${Math.round(at(0.95))} ms`;
};

/** Bytes of markup per top-level <section> (named by its aria-labelledby), before the scripts. */
function sections(markup) {
  const out = [];
  const re = /<section[^>]*aria-labelledby="([^"]+)"/g;
  let m;
  const starts = [];
  while ((m = re.exec(markup))) starts.push({ at: m.index, name: m[1] });
  for (const [i, s] of starts.entries()) {
    // A section ends where the next begins at the latest: good enough for where the bytes are.
    const end = i + 1 < starts.length ? starts[i + 1].at : markup.indexOf("</main>", s.at);
    out.push([s.name, end - s.at]);
  }
  return out;
}

let server;
try {
  const app = await openApp({ env: process.env, onServer: (s) => (server = s) });
  for (const path of paths) {
    const get = async () => {
      const t = performance.now();
      const res = await fetch(`${BASE}${path}`, { headers: { cookie: app.cookie } });
      const body = await res.text();
      if (!res.ok || !body.includes("Outcomes")) throw new Error(`GET ${path}: ${res.status}`);
      return { ms: performance.now() - t, body };
    };
    for (let i = 0; i < 3; i++) await get();
    const times = [];
    let html = "";
    for (let i = 0; i < RUNS; i++) {
      const { ms, body } = await get();
      times.push(ms);
      html = body;
    }
    const flight = [...html.matchAll(/<script[^>]*>\(?self\.__next_f.*?<\/script>/gs)];
    const flightBytes = flight.reduce((n, m) => n + m[0].length, 0);
    const markup = flight.length > 0 ? html.slice(0, flight[0].index) : html;
    console.log(`\nGET ${path}: ${stats(times)} over ${RUNS} runs`);
    console.log(
      `  HTML ${kb(html.length)} (gzip ${kb(gzipSync(html).length)}); RSC payload ${kb(flightBytes)}; markup before it ${kb(markup.length)}`,
    );
    for (const [name, bytes] of sections(markup)) console.log(`    <section ${name}>: ${kb(bytes)}`);
  }
} finally {
  if (server) process.kill(-server.pid, "SIGTERM");
}
