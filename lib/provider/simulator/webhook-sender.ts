import { webhookHeaders } from "@/lib/webhooks/signature";
import type { WebhookEnvelope } from "./events";
import type { CallPlayback, DeliveryAttempt } from "./store";

/** CONTRACT.md §2: retried after 5 s, 5 min, 30 min, 2 h, 5 h and 10 h, then given up. */
export const RETRY_DELAYS_MS = [5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000] as const;
/** An answer slower than this counts as a failure. Not scaled by speed: it is the receiver's time. */
export const DELIVERY_TIMEOUT_MS = 10_000;

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

export type DeliveryPolicy = {
  secret: string;
  /** Origins (scheme://host:port) webhooks may go to, e.g. the app's own. */
  allowOrigins: readonly string[];
  /** Loopback hosts on any port, for tests and local development. */
  allowLoopback: boolean;
  /** Divides the retry delays. */
  speed: number;
  timeoutMs: number;
  fetchImpl: typeof fetch;
};

/** The SSRF guard: the simulator POSTs only where the dashboard itself lives. */
export function isAllowedWebhookUrl(url: string, policy: Pick<DeliveryPolicy, "allowOrigins" | "allowLoopback">): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return false;
  if (policy.allowLoopback && LOOPBACK_HOSTS.has(parsed.hostname)) return true;
  return policy.allowOrigins.some((origin) => {
    try {
      return new URL(origin).origin === parsed.origin;
    } catch {
      return false;
    }
  });
}

function describeError(err: unknown, timeoutMs: number): string {
  if (err instanceof Error && err.name === "TimeoutError") return `no answer within ${timeoutMs / 1000} s`;
  if (err instanceof Error && err.name === "AbortError") return "stopped";
  const cause = err instanceof Error ? err.cause : undefined;
  const code = cause && typeof cause === "object" && "code" in cause && typeof cause.code === "string" ? cause.code : null;
  return code ? `connection failed (${code})` : "connection failed";
}

type Outgoing = { envelope: WebhookEnvelope; webhookId: string; url: string; body: string };

async function attemptOnce(out: Outgoing, attempt: number, playback: CallPlayback, policy: DeliveryPolicy): Promise<boolean> {
  const started = Date.now();
  // Each attempt is signed afresh: the timestamp is this attempt's, the id stays the event's.
  const headers = webhookHeaders({ secrets: policy.secret, id: out.webhookId, timestamp: Math.floor(started / 1000), body: out.body });
  const entry: DeliveryAttempt = {
    event: out.envelope.event,
    webhookId: out.webhookId,
    attempt,
    at: new Date(started),
    statusCode: null,
    error: null,
    ms: 0,
  };
  try {
    const res = await policy.fetchImpl(out.url, {
      method: "POST",
      headers: { "Content-Type": "application/json", "User-Agent": "callboard-provider-simulator", ...headers },
      body: out.body,
      // A redirect could lead the POST off the allow-list; it counts as a failed attempt instead.
      redirect: "manual",
      signal: AbortSignal.any([AbortSignal.timeout(policy.timeoutMs), playback.abort.signal]),
    });
    entry.statusCode = res.status;
    await res.arrayBuffer();
    if (res.status < 200 || res.status >= 300) entry.error = `HTTP ${res.status}`;
  } catch (err) {
    entry.error = describeError(err, policy.timeoutMs);
  }
  entry.ms = Date.now() - started;
  playback.deliveries.push(entry);
  return entry.error === null;
}

function scheduleRetry(out: Outgoing, attempt: number, playback: CallPlayback, policy: DeliveryPolicy): void {
  const delay = RETRY_DELAYS_MS[attempt - 2];
  if (delay === undefined || playback.abort.signal.aborted) return;
  const timer = setTimeout(() => {
    playback.timers.delete(timer);
    void attemptOnce(out, attempt, playback, policy).then((ok) => {
      if (!ok) scheduleRetry(out, attempt + 1, playback, policy);
    });
  }, delay / policy.speed);
  timer.unref();
  playback.timers.add(timer);
}

/**
 * Sends one event and resolves once its first attempt is over; retries run on their own timers,
 * so a failing event never holds back the next one (delivery order is not guaranteed, §2).
 */
export async function sendWebhook(
  envelope: WebhookEnvelope,
  webhookId: string,
  url: string,
  playback: CallPlayback,
  policy: DeliveryPolicy,
): Promise<void> {
  if (!isAllowedWebhookUrl(url, policy)) {
    playback.deliveries.push({
      event: envelope.event,
      webhookId,
      attempt: 1,
      at: new Date(),
      statusCode: null,
      error: "refused: webhook_url is not on the simulator's allow-list",
      ms: 0,
    });
    return;
  }
  const out: Outgoing = { envelope, webhookId, url, body: JSON.stringify(envelope) };
  if (!(await attemptOnce(out, 1, playback, policy))) scheduleRetry(out, 2, playback, policy);
}
