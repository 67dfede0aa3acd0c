import { metricsHandler } from "@/lib/metrics/metrics-handler";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** Prometheus metrics behind METRICS_TOKEN (lib/metrics/metrics-handler.ts). */
export const GET = metricsHandler;
