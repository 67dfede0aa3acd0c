#!/usr/bin/env node
// Summarises a V8 .cpuprofile (from BENCH_NODE_OPTIONS="--cpu-prof --cpu-prof-dir=…"): where the
// server's CPU time went, by area (self time) and for the functions of interest (inclusive time).
//
//   node bench/webhooks/profile-summary.mjs <file.cpuprofile> [--top 40] [--focus name,name] [--last S]
//
// --last S keeps only the last S seconds of the profile (the phase that ran just before shutdown);
// --requests N divides the coarse buckets by N requests.
import { existsSync, readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--"));
if (!file) {
  console.error("usage: profile-summary.mjs <file.cpuprofile> [--top N] [--focus fnA,fnB]");
  process.exit(2);
}
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i === -1 ? def : args[i + 1];
};
const TOP = Number(opt("--top", 30));
const LAST = Number(opt("--last", 0));
const FOCUS = opt(
  "--focus",
  "POST,receiveWebhook,verifyWebhook,parseWebhookBody,applyWebhookEvent,applyTerminalEffects,insertDeadLetter,text,json,getBoardCall,toBoardCall,publish,onNotify,load,checkMember,auth,handleRequest,handler,renderToHTMLOrFlight,sendResponse,pipeToNodeResponse,parse,stringify,createHmac,digest,safeParse,execute,query,unsafe",
).split(",");

const profile = JSON.parse(readFileSync(file, "utf8"));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// Turbopack's server chunks are minified; their .map files turn a frame back into its source file.
const maps = new Map();
function original(cf) {
  if (!/\.next[\w-]*\/server\//.test(cf.url)) return null;
  if (!maps.has(cf.url)) {
    let map = null;
    try {
      const file = cf.url.startsWith("file:") ? fileURLToPath(cf.url) : cf.url;
      if (existsSync(`${file}.map`)) map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, "utf8")));
    } catch {}
    maps.set(cf.url, map);
  }
  const e = maps.get(cf.url)?.findEntry(cf.lineNumber, cf.columnNumber);
  if (!e?.originalSource) return null;
  return { source: e.originalSource.replace(/^(\.\.\/)+/, "").replace(/^\[project\]\//, ""), line: e.originalLine + 1 };
}

function sourceArea(src) {
  // drizzle-orm's own maps point at "../src/*.ts", which resolves to node_modules/src/.
  if (src.includes("node_modules/src/")) return "drizzle-orm";
  const nm = src.lastIndexOf("node_modules/");
  if (nm === -1) return src;
  const rest = src.slice(nm + 13).split("/");
  return rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
}

function area(cf) {
  const url = cf.url || "";
  const o = original(cf);
  if (o) return sourceArea(o.source);
  if (!url) return cf.functionName.startsWith("(") ? cf.functionName : "(native/builtin)";
  if (url.startsWith("node:"))
    return url
      .replace(/^node:(internal\/)?/, "node:")
      .split("/")
      .slice(0, 2)
      .join("/");
  const nm = url.lastIndexOf("node_modules/");
  if (nm !== -1) {
    const rest = url.slice(nm + 13).split("/");
    const pkg = rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
    if (pkg === "next") return `next/${rest.slice(1, 4).join("/")}`;
    return pkg;
  }
  const chunk = /\.next[\w-]*\/(server\/.*)$/.exec(url);
  if (chunk) return `app bundle: ${chunk[1].replace(/\[[^\]]*\]/g, "").slice(0, 70)}`;
  return url.slice(-70);
}

const key = (cf) => {
  const o = original(cf);
  return o
    ? `${cf.functionName || "(anonymous)"} ${o.source}:${o.line}`
    : `${cf.functionName || "(anonymous)"} ${area(cf)}:${cf.lineNumber + 1}`;
};
/** Project files (not node_modules) on a stack: what our own code costs, libraries it calls included. */
const projectFile = (cf) => {
  const o = original(cf);
  return o && !o.source.includes("node_modules/") ? o.source : null;
};
const projectIncl = new Map();
/** Coarse buckets for docs/benchmarks.md. */
function bucket(cf) {
  const fn = cf.functionName;
  if (["writeBuffer", "writev", "writeUtf8String", "writeLatin1String", "writeAsciiString"].includes(fn) && !cf.url)
    return "socket write syscalls (PostgreSQL and HTTP)";
  if (fn === "(garbage collector)") return "garbage collection";
  if (fn === "(program)") return "(program: V8/native, unattributed)";
  const a = area(cf);
  if (a === "drizzle-orm") return "drizzle-orm (query building, result mapping)";
  if (a === "postgres") return "postgres.js (protocol)";
  if (a === "zod") return "zod (envelope validation)";
  if (a.startsWith("node:crypto")) return "node:crypto (HMAC)";
  if (/^(app|lib|db)\//.test(a)) return "project code (app/, lib/, db/)";
  if (
    a.startsWith("next") ||
    a === "node:deps/undici" ||
    a.startsWith("node:webstreams") ||
    a === "node:async_hooks" ||
    a.includes("compression") ||
    a === "react-dom" ||
    a === "react-server-dom-turbopack"
  )
    return "Next.js runtime (routing, Request/Response, web streams, AsyncLocalStorage)";
  if (a.startsWith("node:")) return "other Node internals (http, net, streams, events)";
  if (a === "(native/builtin)") return "other native/builtins (JSON, regexp, microtasks)";
  return `other: ${a}`;
}
const buckets = new Map();
const self = new Map(),
  areas = new Map(),
  inclusive = new Map();
let total = 0,
  idle = 0;
const { samples, timeDeltas } = profile;
const stamps = [];
for (let i = 0, t = profile.startTime; i < samples.length; i++) stamps.push((t += timeDeltas[i] ?? 0));
const fromStamp = LAST > 0 ? profile.endTime - LAST * 1e6 : -Infinity;
for (let i = 0; i < samples.length; i++) {
  if (stamps[i] < fromStamp) continue;
  const dt = (timeDeltas[i] ?? 0) / 1000;
  const leaf = byId.get(samples[i]);
  total += dt;
  if (leaf.callFrame.functionName === "(idle)") {
    idle += dt;
    continue;
  }
  self.set(key(leaf.callFrame), (self.get(key(leaf.callFrame)) ?? 0) + dt);
  const a = area(leaf.callFrame);
  areas.set(a, (areas.get(a) ?? 0) + dt);
  const b = bucket(leaf.callFrame);
  buckets.set(b, (buckets.get(b) ?? 0) + dt);
  const seen = new Set();
  const files = new Set();
  for (let id = samples[i]; id !== undefined; id = parent.get(id)) {
    const pf = projectFile(byId.get(id).callFrame);
    if (pf) files.add(pf);
    const name = byId.get(id).callFrame.functionName;
    if (FOCUS.includes(name) && !seen.has(name)) {
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + dt);
    }
  }
  for (const f of files) projectIncl.set(f, (projectIncl.get(f) ?? 0) + dt);
}
const busy = total - idle;
const pct = (x) => `${((100 * x) / busy).toFixed(1).padStart(5)}%`;
const ms = (x) => `${x.toFixed(0).padStart(7)} ms`;
console.log(
  `${file}\nprofile ${(total / 1000).toFixed(1)} s, busy ${(busy / 1000).toFixed(1)} s (${((100 * busy) / total).toFixed(0)}%), idle ${(idle / 1000).toFixed(1)} s\n`,
);
const perReq = Number(opt("--requests", 0));
console.log(`coarse buckets (self time${perReq ? `; per request over ${perReq} requests` : ""}):`);
for (const [a, t] of [...buckets].sort((x, y) => y[1] - x[1]))
  console.log(`${ms(t)} ${pct(t)}${perReq ? `  ${(t / perReq).toFixed(3)} ms/req` : ""}  ${a}`);
console.log("\nself time by area:");
for (const [a, t] of [...areas].sort((x, y) => y[1] - x[1]).slice(0, TOP)) console.log(`${ms(t)} ${pct(t)}  ${a}`);
console.log("\nself time by function:");
for (const [a, t] of [...self].sort((x, y) => y[1] - x[1]).slice(0, TOP)) console.log(`${ms(t)} ${pct(t)}  ${a}`);
console.log(
  "\ninclusive time by project file (synchronous stacks only: time in a callback a library runs later, e.g. on a socket read, is not on them):",
);
for (const [a, t] of [...projectIncl].sort((x, y) => y[1] - x[1]).slice(0, TOP)) console.log(`${ms(t)} ${pct(t)}  ${a}`);
console.log("\ninclusive time of functions of interest (first frame of that name on each stack):");
for (const [a, t] of [...inclusive].sort((x, y) => y[1] - x[1])) console.log(`${ms(t)} ${pct(t)}  ${a}`);
