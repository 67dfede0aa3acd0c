import { Counter, Gauge, Histogram, Registry } from "prom-client";
import { readBreaker } from "@/db/queries/provider-breaker";
import { countRecentCallsByStatus } from "@/db/queries/calls-by-status";
import { jobCounts } from "@/db/queries/jobs";
import { droppedStreamCount, openStreamCount } from "@/lib/live/fanout-hub";

type Metrics = ReturnType<typeof createMetrics>;

const BREAKER_VALUE = { closed: 0, half_open: 1, open: 2 } as const;

/**
 * This process's Prometheus metrics. Counters and histograms are counted where things happen;
 * gauges of shared state (calls, jobs, the breaker) are read from the database at scrape time,
 * so every instance reports the same figures for them.
 */
function createMetrics() {
  const registry = new Registry();
  registry.setDefaultLabels({ app: "callboard" });
  const webhooks = new Counter({
    name: "callboard_webhooks_total",
    help: "Provider webhooks received, by result (applied, duplicate, unknown_call, bad_signature, malformed)",
    labelNames: ["result"] as const,
    registers: [registry],
  });
  const webhookAck = new Histogram({
    name: "callboard_webhook_ack_seconds",
    help: "Time from receiving a provider webhook to answering it",
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const providerLatency = new Histogram({
    name: "callboard_provider_request_seconds",
    help: "Time to place a call with the provider (retries within one send included), by result",
    labelNames: ["result"] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  new Gauge({
    name: "callboard_calls",
    help: "Calls created in the last 24 hours, by status",
    labelNames: ["status"] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const row of await countRecentCallsByStatus({ hours: 24 })) this.set({ status: row.status }, row.count);
    },
  });
  new Gauge({
    name: "callboard_jobs",
    help: "Background jobs: due (waiting for a worker), running (leased), dead (given up)",
    labelNames: ["state"] as const,
    registers: [registry],
    async collect() {
      const counts = await jobCounts();
      for (const state of ["due", "running", "dead"] as const) this.set({ state }, counts[state]);
    },
  });
  new Gauge({
    name: "callboard_sse_clients",
    help: "Open server-sent event streams on this instance",
    registers: [registry],
    collect() {
      this.set(openStreamCount());
    },
  });
  new Counter({
    name: "callboard_live_streams_dropped_total",
    help: "Event streams ended because their client read too slowly (they resume on reconnect)",
    registers: [registry],
    collect() {
      this.reset();
      this.inc(droppedStreamCount());
    },
  });
  new Gauge({
    name: "callboard_provider_breaker_state",
    help: "The provider circuit breaker: 0 closed, 1 half-open, 2 open",
    registers: [registry],
    async collect() {
      this.set(BREAKER_VALUE[(await readBreaker()).state]);
    },
  });
  return { registry, webhooks, webhookAck, providerLatency };
}

// On globalThis: Next bundles route handlers apart, and all of them must count into one registry.
const globalForMetrics = globalThis as unknown as { callboardMetrics?: Metrics };

export function metrics(): Metrics {
  return (globalForMetrics.callboardMetrics ??= createMetrics());
}
