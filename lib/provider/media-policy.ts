import { BlockList, isIP } from "node:net";
import type { MediaConfig } from "@/lib/env";

/**
 * Where the server may fetch a provider's recordings and transcripts from (CONTRACT.md §3). The
 * URLs arrive in webhooks, so this is an SSRF guard: allowed hosts by name here, and the addresses
 * they resolve to at connect time (media-fetch.ts), so a name that resolves inside our network is
 * refused too.
 */

export type MediaPolicy = Pick<MediaConfig, "baseUrl" | "mediaHosts" | "production">;

/** Never fetched, in any environment: private networks, link-local (cloud metadata), and the like. */
const NEVER = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  NEVER.addSubnet(net, bits, "ipv4");
for (const [net, bits] of [
  ["::", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
  ["64:ff9b::", 96],
] as const)
  NEVER.addSubnet(net, bits, "ipv6");

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet("127.0.0.0", 8, "ipv4");
LOOPBACK.addAddress("::1", "ipv6");

function unmapped(address: string): { address: string; family: "ipv4" | "ipv6" } {
  const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (m) return { address: m[1], family: "ipv4" };
  return { address, family: isIP(address) === 6 ? "ipv6" : "ipv4" };
}

/**
 * Loopback is allowed outside production (tests and development run the provider on this machine),
 * and in production only when PROVIDER_API_URL itself is on loopback: the operator runs the
 * provider (the simulator or the fake provider) beside the app on purpose.
 */
export function loopbackAllowed(policy: MediaPolicy): boolean {
  if (!policy.production) return true;
  const host = new URL(policy.baseUrl).hostname.replace(/^\[|\]$/g, "");
  return host === "localhost" || (isIP(host) !== 0 && LOOPBACK.check(unmapped(host).address, unmapped(host).family));
}

/** Whether a resolved address may be connected to for media. */
export function isAllowedMediaAddress(address: string, policy: MediaPolicy): boolean {
  const a = unmapped(address);
  if (NEVER.check(a.address, a.family)) return false;
  if (LOOPBACK.check(a.address, a.family)) return loopbackAllowed(policy);
  return true;
}

function hostAllowed(hostname: string, allowed: string[]): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return allowed.some((entry) => host === entry || (isIP(entry) === 0 && host.endsWith(`.${entry}`)));
}

/** The checks by name: scheme, allowlisted host; an IP literal is checked by address as well. */
export function mediaUrlProblem(url: string, policy: MediaPolicy): string | null {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return "not a URL";
  }
  if (target.protocol !== "https:" && target.protocol !== "http:") return `${target.protocol} is not fetched`;
  if (target.username || target.password) return "credentials in the URL";
  const sameOriginAsApi = target.origin === new URL(policy.baseUrl).origin;
  if (target.protocol === "http:" && policy.production && !sameOriginAsApi && !loopbackAllowed(policy))
    return "http is not fetched in production";
  if (!hostAllowed(target.hostname, policy.mediaHosts) && !sameOriginAsApi) {
    return `${target.hostname} is not in PROVIDER_MEDIA_HOSTS (${policy.mediaHosts.join(", ")})`;
  }
  const literal = target.hostname.replace(/^\[|\]$/g, "");
  if (isIP(literal) !== 0 && !isAllowedMediaAddress(literal, policy)) return `${literal} is not a public address`;
  return null;
}
