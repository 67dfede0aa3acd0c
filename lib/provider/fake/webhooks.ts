import { createHmac, randomBytes } from "node:crypto";

/**
 * Signed delivery as CONTRACT.md §2 states it (Standard Webhooks), written apart from the app's
 * verifier so the two check each other: HMAC-SHA256 over "<id>.<timestamp>.<body>" with the
 * decoded `whsec_` key, retried after 5 s, 5 min, 30 min, 2 h, 5 h and 10 h (divided by speed).
 */

export const RETRY_DELAYS_MS = [5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000];

export type Delivery = {
  callId: string;
  event: string;
  webhookId: string;
  attempt: number;
  at: Date;
  status: number | null;
  error: string | null;
  body: string;
};

export function sign(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  return `v1,${createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64")}`;
}

export type Sender = {
  send(url: string, callId: string, event: string, data: Record<string, unknown>, extra?: Record<string, unknown>): void;
  stop(): void;
};

export function createSender(opts: { secret: string; speed: number; log: Delivery[] }): Sender {
  const timers = new Set<NodeJS.Timeout>();
  let stopped = false;

  async function attempt(url: string, callId: string, event: string, webhookId: string, body: string, n: number) {
    if (stopped) return;
    const timestamp = Math.floor(Date.now() / 1000);
    const entry: Delivery = { callId, event, webhookId, attempt: n, at: new Date(), status: null, error: null, body };
    try {
      const res = await fetch(url, {
        method: "POST",
        redirect: "manual",
        headers: {
          "Content-Type": "application/json",
          "User-Agent": "callboard-fake-provider",
          "webhook-id": webhookId,
          "webhook-timestamp": String(timestamp),
          "webhook-signature": sign(opts.secret, webhookId, timestamp, body),
        },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      await res.arrayBuffer();
      entry.status = res.status;
      if (res.status < 200 || res.status >= 300) entry.error = `HTTP ${res.status}`;
    } catch (error) {
      entry.error = error instanceof Error ? error.message : String(error);
    }
    opts.log.push(entry);
    const delay = RETRY_DELAYS_MS[n - 1];
    if (entry.error && delay !== undefined && !stopped) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        void attempt(url, callId, event, webhookId, body, n + 1);
      }, delay / opts.speed);
      timer.unref();
      timers.add(timer);
    }
  }

  return {
    send(url, callId, event, data, extra = {}) {
      const webhookId = `msg_${randomBytes(12).toString("hex")}`;
      const body = JSON.stringify({ event, call_id: callId, timestamp: new Date().toISOString(), data, ...extra });
      void attempt(url, callId, event, webhookId, body, 1);
    },
    stop() {
      stopped = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
    },
  };
}
