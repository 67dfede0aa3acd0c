import { z } from "zod";
import type { ProviderConfig } from "@/lib/env";
import type { ProviderCallRequest } from "./types";

export type SendCallRequest = {
  body: ProviderCallRequest;
  /** Reused on every retry, so a retried request never places a second call. */
  idempotencyKey: string;
  providerWorkspaceId: string;
};

export type SendCallOptions = {
  maxAttempts?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  fetchImpl?: typeof fetch;
};

/** The create answer as we keep it: only `call_id` is certain (CONTRACT.md §2, liberal reading). */
export type AcceptedCall = {
  /** Null only when the create answer itself says `failed` without naming a call. */
  call_id: string | null;
  status: "queued" | "dialing" | "failed";
  estimated_wait: number | null;
  assistant_id: string | null;
  tracking_url: string | null;
  /** With `status: "failed"`: why the call ended before dialling. */
  reason?: string | null;
};

export type SendCallResult =
  | { kind: "accepted"; httpStatus: number; call: AcceptedCall; requestId: string | null }
  | { kind: "rejected"; httpStatus: number; code: string; message: string; conflictCallId?: string | null }
  | { kind: "retryable"; httpStatus: number | null; code: string; message: string; retryAfterMs: number | null };

const BACKOFF_BASE_MS = 500;
const BACKOFF_CAP_MS = 8_000;
/** A longer Retry-After is left to the durable job rather than held in a request. */
const MAX_INLINE_RETRY_AFTER_MS = 30_000;

/**
 * 408 is retried although it is a 4xx: it means the provider gave up waiting for our request,
 * which says nothing about the request itself. 3xx is refused: the base URL is wrong.
 */
export function classifyStatus(status: number): "accepted" | "rejected" | "retry" {
  if (status >= 200 && status < 300) return "accepted";
  if (status === 408 || status === 429 || status >= 500) return "retry";
  return "rejected";
}

/** Full jitter (AWS "Exponential Backoff and Jitter"): spreads retries of many clients apart. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.floor(Math.min(1, Math.max(0, random())) * ceiling);
}

const HTTP_DATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? /i;

/** Retry-After as delay-seconds or an HTTP-date (RFC 9110 §10.2.3), in ms from `now`. */
export function parseRetryAfter(headerValue: string | null | undefined, now: number = Date.now()): number | null {
  const value = headerValue?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  if (!HTTP_DATE.test(value)) return null;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - now) : null;
}

// Lenient on purpose: once a call_id is back the call exists, and retrying would only replay this
// body. Optional fields may be absent, null or odd; an odd one is dropped, never the answer.
const loose = <T extends z.ZodType>(schema: T) => schema.nullish().catch(null);
const acceptedSchema = z.object({
  data: z.object({
    call_id: loose(z.string().min(1)),
    status: loose(z.string()),
    estimated_wait: loose(z.number().nonnegative()),
    assistant_id: loose(z.string()),
    // Shown as a link: only http(s), never javascript: or the like.
    tracking_url: loose(z.url({ protocol: /^https?$/ })),
    reason: loose(z.string()),
    error: loose(z.object({ code: loose(z.string()), message: loose(z.string()) })),
  }),
  meta: loose(z.object({ request_id: loose(z.string()) })),
  error: loose(z.object({ message: loose(z.string()) })),
});

function acceptedCall(parsed: z.infer<typeof acceptedSchema>): AcceptedCall {
  const d = parsed.data;
  const status = d.status === "failed" || d.status === "dialing" ? d.status : "queued";
  return {
    call_id: d.call_id ?? null,
    status,
    estimated_wait: d.estimated_wait === null || d.estimated_wait === undefined ? null : Math.round(d.estimated_wait),
    assistant_id: d.assistant_id ?? null,
    tracking_url: d.tracking_url ?? null,
    ...(status === "failed" ? { reason: d.reason ?? d.error?.message ?? parsed.error?.message ?? null } : {}),
  };
}

const errorSchema = z.object({
  error: z.object({
    code: z.string().min(1),
    message: z.string().catch(""),
    retryable: z.boolean().optional().catch(undefined),
    /** On a 409: the call the provider already placed with this Idempotency-Key, when it says. */
    call_id: z.string().nullish().catch(null),
  }),
});

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function describeThrown(err: unknown): { code: string; message: string } {
  if (err instanceof Error && (err.name === "TimeoutError" || err.name === "AbortError")) {
    return { code: "timeout", message: "The provider did not answer in time." };
  }
  const cause = err instanceof Error ? err.cause : undefined;
  const sysCode = cause && typeof cause === "object" && "code" in cause && typeof cause.code === "string" ? cause.code : null;
  return {
    code: "network_error",
    message: sysCode ? `Could not reach the provider (${sysCode}).` : "Could not reach the provider.",
  };
}

async function attemptOnce(url: string, init: RequestInit, timeoutMs: number, fetchImpl: typeof fetch): Promise<SendCallResult> {
  let status: number;
  let text: string;
  let headers: Headers;
  try {
    const res = await fetchImpl(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    status = res.status;
    headers = res.headers;
    text = await res.text();
  } catch (err) {
    return { kind: "retryable", httpStatus: null, retryAfterMs: null, ...describeThrown(err) };
  }

  const json = parseJson(text);
  const verdict = classifyStatus(status);
  if (verdict === "accepted") {
    const parsed = acceptedSchema.safeParse(json);
    if (parsed.success && (parsed.data.data.call_id || parsed.data.data.status === "failed")) {
      return { kind: "accepted", httpStatus: status, call: acceptedCall(parsed.data), requestId: parsed.data.meta?.request_id ?? null };
    }
    return {
      kind: "retryable",
      httpStatus: status,
      code: "bad_response",
      message: `The provider answered HTTP ${status} without a call id.`,
      retryAfterMs: null,
    };
  }

  const providerError = errorSchema.safeParse(json);
  // The provider knows best whether trying again can help: `retryable` overrides the status code.
  const retryable = providerError.success ? providerError.data.error.retryable : undefined;
  if (retryable === false || (verdict === "rejected" && retryable !== true)) {
    if (providerError.success) {
      const { code, message, call_id } = providerError.data.error;
      return { kind: "rejected", httpStatus: status, code, message, conflictCallId: call_id ?? null };
    }
    const message =
      status >= 300 && status < 400
        ? `The provider redirected the request (HTTP ${status}); check PROVIDER_API_URL.`
        : `The provider refused the call (HTTP ${status}).`;
    return { kind: "rejected", httpStatus: status, code: `http_${status}`, message };
  }
  const honoursRetryAfter = status === 429 || status === 503;
  return {
    kind: "retryable",
    httpStatus: status,
    code: providerError.success ? providerError.data.error.code : `http_${status}`,
    message: providerError.success ? providerError.data.error.message : `The provider is unavailable (HTTP ${status}).`,
    retryAfterMs: honoursRetryAfter ? parseRetryAfter(headers.get("retry-after")) : null,
  };
}

/**
 * Places one call. Never throws for HTTP or network outcomes: the caller stores the result and
 * a durable job retries a "retryable" one later with the same idempotency key.
 */
export async function sendCallRequest(config: ProviderConfig, req: SendCallRequest, opts: SendCallOptions = {}): Promise<SendCallResult> {
  const maxAttempts = Math.max(1, opts.maxAttempts ?? 3);
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = opts.random ?? Math.random;
  const fetchImpl = opts.fetchImpl ?? fetch;

  const url = `${config.baseUrl.replace(/\/$/, "")}/outbound/voice/call`;
  const init: RequestInit = {
    method: "POST",
    redirect: "manual",
    headers: {
      Authorization: `Bearer ${config.apiKey}`,
      "X-Workspace-ID": req.providerWorkspaceId,
      "Content-Type": "application/json",
      "Idempotency-Key": req.idempotencyKey,
    },
    body: JSON.stringify(req.body),
  };

  for (let attempt = 1; ; attempt++) {
    const result = await attemptOnce(url, init, config.timeoutMs, fetchImpl);
    if (result.kind !== "retryable" || attempt >= maxAttempts) return result;
    if (result.retryAfterMs !== null && result.retryAfterMs > MAX_INLINE_RETRY_AFTER_MS) return result;
    await sleep(result.retryAfterMs ?? backoffMs(attempt, random));
  }
}
