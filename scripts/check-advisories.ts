// CI: fails when next, next-auth or react is installed at a version with a known advisory
// (security/advisories.json). Prints a node-test-style summary line.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { findVulnerable, type AdvisoryFile } from "../lib/security/advisories";

const root = path.resolve(import.meta.dirname, "..");
const file = JSON.parse(readFileSync(path.join(root, "security/advisories.json"), "utf8")) as AdvisoryFile;
const require = createRequire(path.join(root, "package.json"));

const installed: Record<string, string> = {};
for (const pkg of Object.keys(file.packages)) {
  try {
    installed[pkg] = (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), "utf8")) as { version: string }).version;
  } catch {
    // reported as missing below
  }
}

const findings = findVulnerable(file, installed);
for (const [pkg, version] of Object.entries(installed)) console.log(`${pkg} ${version}`);
for (const f of findings) console.error(`VULNERABLE ${f.pkg} ${f.version}: ${f.id} ${f.summary}${f.fixed ? ` (fixed in ${f.fixed})` : ""}`);
const checked = Object.values(file.packages).reduce((n, p) => n + p.advisories.length, 0);
console.log(`advisories: ${checked} checked, ${findings.length} affecting installed versions`);
process.exit(findings.length ? 1 : 0);
