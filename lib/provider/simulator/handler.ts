import { createHash, randomInt } from "node:crypto";
import type { ProviderCallAccepted, ProviderError, ProviderErrorCode } from "../types";
import { recordingResponse, transcriptResponse } from "./media";
import { parseCallRequest } from "./request-schema";
import { defaultSimulatorStore, idempotencyScope, type SimulatorCall, type SimulatorStore } from "./store";
import { findTestNumber } from "./test-numbers";
import { trackPageResponse } from "./track-page";

export type SimulatorOptions = {
  apiKey: string;
  /** Origin plus mount point, e.g. "http://localhost:3000/api/simulator"; tracking URLs hang off it. */
  publicBaseUrl: string;
  store?: SimulatorStore;
  /** How long a `…0408` first attempt is held; longer than the client's timeout. */
  slowMs?: number;
  now?: () => number;
  /** Called once per placed call, e.g. to start playing out its webhooks. */
  onCallAccepted?: (call: SimulatorCall) => void;
};

const CALL_PATH = "/v1/outbound/voice/call";
/** Not part of the provider's API: a test switch that makes the simulator a provider in an outage. */
const OUTAGE_PATH = "/v1/_control/outage";
const MEDIA_PATH = /\/v1\/calls\/([A-Za-z0-9_]+)\/(transcript|recording)$/;
const TRACK_PATH = /\/track\/([A-Za-z0-9_]+)$/;
const RATE_LIMIT = 1000;
const RATE_WINDOW_MS = 60_000;
const ASSISTANT_ID = /^asst_[a-z0-9_]+$/;
const BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });
}

function fail(status: number, code: ProviderErrorCode, message: string, headers?: Record<string, string>): Response {
  const retryable = status === 429 || status >= 500;
  const body: ProviderError = { error: { code, message, retryable } };
  return json(status, body, headers);
}

function randomId(prefix: string, length: number): string {
  let id = prefix;
  for (let i = 0; i < length; i++) id += BASE36[randomInt(36)];
  return id;
}

/** Key order must not matter when deciding whether a retry carries "the same body". */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    const onAbort = () => {
      clearTimeout(timer);
      resolve();
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

/** Sliding minute per api key; returns the seconds to wait when the key is over its limit. */
function rateLimit(store: SimulatorStore, apiKey: string, now: number): number | null {
  const window = store.rateWindows.get(apiKey) ?? [];
  while (window.length > 0 && window[0] <= now - RATE_WINDOW_MS) window.shift();
  store.rateWindows.set(apiKey, window);
  if (window.length >= RATE_LIMIT) return Math.max(1, Math.ceil((window[0] + RATE_WINDOW_MS - now) / 1000));
  window.push(now);
  return null;
}

export async function handleSimulatorRequest(request: Request, opts: SimulatorOptions): Promise<Response> {
  const path = new URL(request.url).pathname.replace(/\/+$/, "");
  const media = MEDIA_PATH.exec(path);
  if (media) return serveMedia(request, opts, media[1], media[2] === "recording" ? "recording" : "transcript");
  const track = TRACK_PATH.exec(path);
  if (track && request.method === "GET") return trackPageResponse(track[1], opts.store ?? defaultSimulatorStore());
  if (path.endsWith(OUTAGE_PATH) && request.method === "POST") return switchOutage(request, opts);
  if (!path.endsWith(CALL_PATH)) return fail(404, "not_found", `The simulator has no endpoint at ${path}`);
  if (request.method !== "POST") {
    return fail(405, "method_not_allowed", `${request.method} is not allowed; use POST`, { Allow: "POST" });
  }
  return placeCall(request, opts);
}

function unauthorized(request: Request, apiKey: string): Response | null {
  const auth = request.headers.get("authorization") ?? "";
  if (auth.startsWith("Bearer ") && auth.slice("Bearer ".length) === apiKey) return null;
  return fail(401, "unauthorized", "Missing or invalid API key (Authorization: Bearer <api key>)");
}

/**
 * CONTRACT.md §3: transcripts and recordings sit behind the API key like the API itself. One key
 * serves every workspace of an install, so media also answers only to the workspace that placed
 * the call (X-Workspace-ID), as the call endpoint scopes idempotency.
 */
function serveMedia(request: Request, opts: SimulatorOptions, callId: string, kind: "transcript" | "recording"): Response {
  if (request.method !== "GET") return fail(405, "method_not_allowed", `${request.method} is not allowed; use GET`, { Allow: "GET" });
  const denied = unauthorized(request, opts.apiKey);
  if (denied) return denied;
  const store = opts.store ?? defaultSimulatorStore();
  const call = store.calls.get(callId);
  const workspaceId = request.headers.get("x-workspace-id")?.trim();
  if (!call || call.workspaceId !== workspaceId) return fail(404, "not_found", `No call ${callId} in this workspace`);
  return kind === "transcript"
    ? transcriptResponse(call, store, opts.publicBaseUrl)
    : recordingResponse(call, store, opts.publicBaseUrl, request.headers.get("range"));
}

/** `{"down": true}` starts an outage, `{"down": false}` ends it; behind the API key like the rest. */
async function switchOutage(request: Request, opts: SimulatorOptions): Promise<Response> {
  const denied = unauthorized(request, opts.apiKey);
  if (denied) return denied;
  const body = (await request.json().catch(() => null)) as { down?: unknown } | null;
  if (typeof body?.down !== "boolean") return fail(400, "validation_error", 'Send {"down": true} or {"down": false}');
  const store = opts.store ?? defaultSimulatorStore();
  store.outage = body.down;
  return json(200, { down: store.outage });
}

async function placeCall(request: Request, opts: SimulatorOptions): Promise<Response> {
  const store = opts.store ?? defaultSimulatorStore();
  const now = opts.now ?? Date.now;

  const denied = unauthorized(request, opts.apiKey);
  if (denied) return denied;
  if (store.outage) return fail(503, "provider_unavailable", "The provider is temporarily unavailable (simulator outage switch)");
  const waitSeconds = rateLimit(store, opts.apiKey, now());
  if (waitSeconds !== null) {
    return fail(429, "rate_limited", `Rate limit of ${RATE_LIMIT} requests a minute exceeded`, {
      "Retry-After": String(waitSeconds),
    });
  }
  const workspaceId = request.headers.get("x-workspace-id")?.trim();
  if (!workspaceId) return fail(403, "forbidden", "Missing X-Workspace-ID header");
  const contentType = request.headers.get("content-type")?.split(";")[0].trim().toLowerCase();
  if (contentType !== "application/json") {
    return fail(415, "unsupported_media_type", "Content-Type must be application/json");
  }
  const key = request.headers.get("idempotency-key")?.trim();
  if (!key) return fail(400, "missing_idempotency_key", "Missing Idempotency-Key header");

  let body: unknown;
  try {
    body = JSON.parse(await request.text());
  } catch {
    return fail(400, "invalid_json", "The body is not valid JSON");
  }
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    return fail(400, "invalid_json", "The body must be a JSON object");
  }

  const scope = idempotencyScope(workspaceId, key);
  const bodyHash = createHash("sha256").update(canonicalJson(body)).digest("hex");
  const previous = store.idempotency.get(scope);
  if (previous) {
    if (previous.bodyHash !== bodyHash) {
      return fail(409, "idempotency_conflict", "This Idempotency-Key was already used with a different body");
    }
    return new Response(previous.responseText, {
      status: previous.status,
      headers: { "Content-Type": "application/json", "Idempotent-Replayed": "true" },
    });
  }

  const parsed = parseCallRequest(body);
  if (!parsed.ok) return fail(422, "validation_error", parsed.message);
  const callRequest = parsed.value;
  if (!ASSISTANT_ID.test(callRequest.assistant_id)) {
    return fail(404, "assistant_not_found", `No assistant with id ${callRequest.assistant_id}`);
  }

  // Faults are never stored as the key's answer, so a retry with the same key can still succeed.
  const attempt = (store.attempts.get(scope) ?? 0) + 1;
  store.attempts.set(scope, attempt);
  const fault = findTestNumber(callRequest.phone_number)?.faultOn(attempt);
  if (fault?.kind === "error") {
    const headers = fault.retryAfterSeconds ? { "Retry-After": String(fault.retryAfterSeconds) } : undefined;
    return fail(fault.status, fault.code, fault.message, headers);
  }
  if (fault?.kind === "slow") {
    await delay(opts.slowMs ?? 15_000, request.signal);
    return fail(504, "provider_timeout", "The provider timed out placing the call (simulator test number)");
  }

  const callId = randomId("call_", 12);
  const response: ProviderCallAccepted = {
    data: {
      call_id: callId,
      status: "queued",
      estimated_wait: 1 + randomInt(5),
      assistant_id: callRequest.assistant_id,
      tracking_url: `${opts.publicBaseUrl.replace(/\/$/, "")}/track/${callId}`,
    },
    meta: { request_id: randomId("req_", 16), timestamp: new Date(now()).toISOString() },
  };
  const responseText = JSON.stringify(response);
  const call: SimulatorCall = {
    callId,
    workspaceId,
    idempotencyKey: key,
    request: callRequest,
    response,
    acceptedAt: new Date(now()),
  };
  store.calls.set(callId, call);
  store.idempotency.set(scope, { bodyHash, status: 201, responseText, callId });
  store.attempts.delete(scope);
  opts.onCallAccepted?.(call);
  return new Response(responseText, { status: 201, headers: { "Content-Type": "application/json" } });
}
