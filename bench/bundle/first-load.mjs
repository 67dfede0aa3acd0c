// First-load JS per route, gzip, from a production build's own per-route chunk lists
// (.next/diagnostics/route-bundle-stats.json; `next build` no longer prints sizes). Prints each
// route against the lightest route (the bare App Router page: Next's runtime, React, the root layout).
//   node bench/bundle/first-load.mjs [distDir=.next] [route ...]
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const dist = process.argv[2] ?? ".next";
const only = process.argv.slice(3);
const root = path.dirname(path.resolve(dist));
const stats = JSON.parse(readFileSync(path.join(dist, "diagnostics", "route-bundle-stats.json"), "utf8"));
const gz = new Map();
const gzipOf = (chunk) => {
  if (!gz.has(chunk))
    gz.set(chunk, gzipSync(readFileSync(path.join(root, chunk.replace(/^\.next/, path.basename(dist)))), { level: 9 }).length);
  return gz.get(chunk);
};
const rows = stats.map((r) => ({
  route: r.route,
  chunks: r.firstLoadChunkPaths,
  kb: r.firstLoadChunkPaths.reduce((n, c) => n + gzipOf(c), 0) / 1024,
}));
const bare = rows.reduce((a, b) => (b.kb < a.kb ? b : a));
console.log(`bare page: ${bare.route} ${bare.kb.toFixed(1)} KB gzip`);
for (const r of rows.filter((r) => !only.length || only.includes(r.route)).sort((a, b) => b.kb - a.kb))
  console.log(`${r.route.padEnd(36)} ${r.kb.toFixed(1).padStart(7)} KB  ${(r.kb / bare.kb).toFixed(2)}×`);
if (process.env.CHUNKS) {
  const r = rows.find((x) => x.route === process.env.CHUNKS);
  for (const c of r.chunks.filter((c) => !bare.chunks.includes(c)).sort((a, b) => gzipOf(b) - gzipOf(a)))
    console.log(`  ${c} ${(gzipOf(c) / 1024).toFixed(1)} KB`);
}
