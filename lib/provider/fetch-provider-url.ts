import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import type { LookupFunction } from "node:net";
import { Readable } from "node:stream";
import { mediaConfig, type MediaConfig } from "@/lib/env";
import { isAllowedMediaAddress, mediaUrlProblem, type MediaPolicy } from "./media-policy";

/**
 * Fetches a recording or transcript URL the provider gave us, with the API key. Only allowlisted
 * hosts (media-policy.ts); every address a name resolves to is checked when the socket connects,
 * so DNS cannot point an allowed name at our own network; redirects are followed by hand (at most
 * three), each hop checked again like the first.
 */

const MAX_REDIRECTS = 3;
const NULL_BODY = new Set([101, 204, 205, 304]);

export class MediaRefused extends Error {}

function guardedLookup(policy: MediaPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, "", 0);
      const refused = addresses.find((a) => !isAllowedMediaAddress(a.address, policy));
      if (refused || addresses.length === 0) {
        const error = new MediaRefused(`${hostname} resolves to ${refused?.address ?? "nothing"}, which media is never fetched from`);
        return callback(error as NodeJS.ErrnoException, "", 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

function get(url: URL, headers: Record<string, string>, policy: MediaPolicy, signal: AbortSignal): Promise<IncomingMessage> {
  // The API's own origin is the operator's configuration (calls are POSTed there): not re-checked by address.
  const trusted = url.origin === new URL(policy.baseUrl).origin;
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(url, { method: "GET", headers, signal, ...(trusted ? {} : { lookup: guardedLookup(policy) }) }, resolve);
    req.on("error", reject);
    req.end();
  });
}

export async function fetchMedia(
  url: string,
  policy: MediaConfig,
  init: { headers?: Record<string, string>; signal?: AbortSignal } = {},
): Promise<Response> {
  const signal = init.signal
    ? AbortSignal.any([init.signal, AbortSignal.timeout(policy.timeoutMs)])
    : AbortSignal.timeout(policy.timeoutMs);
  let target = url;
  for (let hop = 0; ; hop++) {
    const problem = mediaUrlProblem(target, policy);
    if (problem) throw new MediaRefused(`refusing to fetch ${target}: ${problem}`);
    const res = await get(new URL(target), { Authorization: `Bearer ${policy.apiKey}`, ...init.headers }, policy, signal);
    const status = res.statusCode ?? 502;
    if (status >= 300 && status < 400 && res.headers.location) {
      res.resume();
      if (hop >= MAX_REDIRECTS) throw new MediaRefused(`more than ${MAX_REDIRECTS} redirects from ${url}`);
      target = new URL(res.headers.location, target).toString();
      continue;
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(res.headers)) {
      if (typeof value === "string") headers.set(name, value);
    }
    if (NULL_BODY.has(status)) {
      res.resume();
      return new Response(null, { status, headers });
    }
    return new Response(Readable.toWeb(res) as ReadableStream<Uint8Array>, { status, headers });
  }
}

/** The app's configured provider: checked by name (fetching checks the addresses too). */
export function isProviderUrl(url: string): boolean {
  return mediaUrlProblem(url, mediaConfig()) === null;
}

export function fetchProviderUrl(url: string, init: { headers?: Record<string, string>; signal?: AbortSignal } = {}): Promise<Response> {
  return fetchMedia(url, mediaConfig(), init);
}
