import { providerConfig } from "@/lib/env";

/**
 * Fetches a URL the provider gave us (transcript, recording) with the API key. Only the provider's
 * own origin is fetched: a crafted webhook must not make this server call anything else.
 */
export function isProviderUrl(url: string): boolean {
  try {
    const target = new URL(url);
    const base = new URL(providerConfig().baseUrl);
    return target.origin === base.origin && (target.protocol === "https:" || target.protocol === "http:");
  } catch {
    return false;
  }
}

export async function fetchProviderUrl(
  url: string,
  init: { headers?: Record<string, string>; signal?: AbortSignal } = {},
): Promise<Response> {
  if (!isProviderUrl(url)) throw new Error(`refusing to fetch a URL outside the provider's origin: ${url}`);
  const config = providerConfig();
  return fetch(url, {
    headers: { Authorization: `Bearer ${config.apiKey}`, ...init.headers },
    signal: init.signal ?? AbortSignal.timeout(config.timeoutMs),
    redirect: "error",
  });
}
