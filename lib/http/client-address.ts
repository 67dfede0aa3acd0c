import { env } from "@/lib/env";

/**
 * The client's address. Next puts the socket's address in X-Forwarded-For when the request has
 * none; behind proxies, each appends the address it saw, so the entry TRUSTED_PROXY_HOPS from the
 * right is the one a trusted proxy wrote. Left of that, anything may be forged.
 */
export function clientAddress(headers: Headers): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const hops = env().TRUSTED_PROXY_HOPS;
  const address = entries[entries.length - 1 - hops] ?? entries[0];
  return address ? address.slice(0, 100) : "unknown";
}
