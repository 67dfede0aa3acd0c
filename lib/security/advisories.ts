/**
 * Checks installed versions against security/advisories.json (npm audit is refused by this
 * registry). Versions compare as semver, prereleases included (5.0.0-beta.9 < 5.0.0-beta.32 < 5.0.0).
 */

export type AffectedRange = { introduced: string; fixed: string };
export type Advisory = { id: string; cve?: string; summary: string; affected: AffectedRange[] };
export type AdvisoryFile = { packages: Record<string, { floor: string; advisories: Advisory[] }> };

type Parsed = { core: number[]; pre: (string | number)[] };

function parse(version: string): Parsed {
  const m = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+.*)?$/.exec(version.trim());
  if (!m) throw new Error(`not a version: ${version}`);
  const pre = m[4] ? m[4].split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part)) : [];
  return { core: [Number(m[1]), Number(m[2]), Number(m[3])], pre };
}

/** Negative when a < b, zero when equal, positive when a > b. */
export function compareVersions(a: string, b: string): number {
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < 3; i++) if (x.core[i] !== y.core[i]) return x.core[i] - y.core[i];
  // A release ranks above its prereleases.
  if (!x.pre.length || !y.pre.length) return (x.pre.length ? -1 : 0) + (y.pre.length ? 1 : 0);
  for (let i = 0; i < Math.max(x.pre.length, y.pre.length); i++) {
    const p = x.pre[i];
    const q = y.pre[i];
    if (p === undefined) return -1;
    if (q === undefined) return 1;
    if (p === q) continue;
    if (typeof p === "number" && typeof q === "number") return p - q;
    if (typeof p === "number") return -1;
    if (typeof q === "number") return 1;
    return p < q ? -1 : 1;
  }
  return 0;
}

export type Finding = { pkg: string; version: string; id: string; summary: string; fixed?: string };

/** Every advisory the installed version falls into, and a finding when it is below the floor. */
export function findVulnerable(file: AdvisoryFile, installed: Record<string, string>): Finding[] {
  const findings: Finding[] = [];
  for (const [pkg, entry] of Object.entries(file.packages)) {
    const version = installed[pkg];
    if (!version) {
      findings.push({ pkg, version: "(not installed)", id: "missing", summary: "package not found; the check cannot vouch for it" });
      continue;
    }
    if (compareVersions(version, entry.floor) < 0) {
      findings.push({ pkg, version, id: "below-floor", summary: `older than ${entry.floor}, whose advisories are not tracked here` });
    }
    for (const advisory of entry.advisories) {
      const hit = advisory.affected.find((r) => compareVersions(version, r.introduced) >= 0 && compareVersions(version, r.fixed) < 0);
      if (hit) findings.push({ pkg, version, id: advisory.id, summary: advisory.summary, fixed: hit.fixed });
    }
  }
  return findings;
}
