import { z } from "zod";

/**
 * All configuration, parsed and checked once. This is the only module that reads `process.env`.
 * With no PROVIDER_API_URL the app talks to its own built-in simulator over HTTP at APP_URL (on by
 * default in development, only with SIMULATOR=on under `next start`); with no DATABASE_URL it uses
 * embedded PGlite in PGLITE_DIR.
 */
const flag = z.enum(["0", "1"]);
const onOff = z.enum(["on", "off"]);

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// connection string" }).optional(),
  PGLITE_DIR: z.string().default(".data/pglite"),
  APP_URL: z.url({ protocol: /^https?$/ }).default("http://localhost:3000"),
  AUTH_SECRET: z.string().min(16, "must be at least 16 characters (openssl rand -base64 32)").optional(),
  PROVIDER_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  PROVIDER_API_KEY: z.string().min(1).optional(),
  PROVIDER_WEBHOOK_SECRET: z.string().startsWith("whsec_", "must start with whsec_").optional(),
  /** The old secret while rotating: webhooks signed with either are accepted. */
  PROVIDER_WEBHOOK_SECRET_PREVIOUS: z.string().startsWith("whsec_", "must start with whsec_").optional(),
  /** Per-request timeout towards the provider, in milliseconds. */
  PROVIDER_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /**
   * Hosts recordings and transcripts may be fetched from, comma-separated; each also allows its
   * subdomains. Unset: the API host's parent domain (api.avoca.ai → avoca.ai and *.avoca.ai).
   */
  PROVIDER_MEDIA_HOSTS: z.string().optional(),
  /** The built-in provider simulator: on by default outside production when no provider is configured. */
  SIMULATOR: onOff.optional(),
  /** Divides every simulator delay (tests use 20). */
  SIMULATOR_SPEED: z.coerce.number().positive().max(1000).default(1),
  /** Seed demo data into an empty database at start-up; on by default for the embedded database in development. */
  DEMO_SEED: flag.optional(),
  /** When set, the first-run set-up asks for this code, so nobody else can claim a fresh install. */
  SETUP_TOKEN: z.string().min(8).optional(),
  /** 0 turns off the in-process job worker and stuck-call reconciler (benchmarks). */
  JOB_WORKER: flag.default("1"),
  LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info"),
  /** Days dead letters, feed rejections and finished jobs are kept before the retention job prunes them. */
  DIAGNOSTICS_RETENTION_DAYS: z.coerce.number().int().positive().default(30),
  /** How many proxies in front of the app add to X-Forwarded-For; 0 trusts none and uses the socket address. */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().nonnegative().max(10).default(0),
  /** The port `next start` listens on; part of the default instance id. */
  PORT: z.string().default("3000"),
  /** Names this instance on the jobs it holds; unique per running instance, stable across restarts. */
  INSTANCE_ID: z.string().min(1).optional(),
  /** How long a claimed job stays hidden from other workers without a heartbeat. */
  JOB_LEASE_SECONDS: z.coerce.number().int().min(3).default(15),
  /** How often an idle worker looks for due jobs, in milliseconds. */
  JOB_POLL_MS: z.coerce.number().int().positive().default(1000),
  /** Provider requests in a row that go unanswered (5xx, timeout, no connection) before calls are held. */
  BREAKER_THRESHOLD: z.coerce.number().int().positive().default(5),
  /** While the provider is down, how long between probes (one request at a time, across instances). */
  BREAKER_COOLDOWN_SECONDS: z.coerce.number().int().positive().default(10),
  /** The plain live-stream server (`npm run live`): where it listens; route /api/live/ to it. */
  LIVE_PORT: z.coerce.number().int().min(1).max(65535).default(3001),
  LIVE_HOST: z.string().min(1).default("127.0.0.1"),
  /** How often a live stream is written to at most, in milliseconds (the first change of a quiet spell goes at once). */
  LIVE_FLUSH_MS: z.coerce.number().int().min(5).max(1000).default(50),
  /** Bearer token for /api/metrics; unset, the endpoint answers 404. */
  METRICS_TOKEN: z.string().min(16).optional(),
});

export type Env = z.infer<typeof schema>;

/** A configuration the app refuses to start with; the message names the variable. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

function describe(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join(".") || "environment"}: ${i.message}`).join("; ");
}

/** Checks that span variables; each message says what to set. */
function crossCheck(e: Env): string[] {
  const problems: string[] = [];
  const production = e.NODE_ENV === "production";
  if (e.PROVIDER_API_URL && (!e.PROVIDER_API_KEY || !e.PROVIDER_WEBHOOK_SECRET)) {
    problems.push("PROVIDER_API_URL is set: PROVIDER_API_KEY and PROVIDER_WEBHOOK_SECRET are required too");
  }
  if (e.PROVIDER_API_URL && e.SIMULATOR === "on") {
    problems.push("SIMULATOR=on and PROVIDER_API_URL are both set: choose the real provider or the simulator");
  }
  if (production && !e.AUTH_SECRET) problems.push("AUTH_SECRET is required in production (openssl rand -base64 32)");
  if (production && !e.PROVIDER_API_URL && e.SIMULATOR !== "on") {
    problems.push("no provider: set PROVIDER_API_URL, PROVIDER_API_KEY and PROVIDER_WEBHOOK_SECRET, or SIMULATOR=on for a demo");
  }
  return problems;
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty variable means unset, as a shell's `FOO= cmd` intends.
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = schema.safeParse(present);
  if (!parsed.success) throw new ConfigError(`Invalid configuration: ${describe(parsed.error)}`);
  const problems = crossCheck(parsed.data);
  if (problems.length > 0) throw new ConfigError(`Invalid configuration: ${problems.join("; ")}`);
  return parsed.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Tests change the environment between files of one process: forget what was read. */
export function resetEnvForTests() {
  cached = undefined;
}

export function isProduction(): boolean {
  return env().NODE_ENV === "production";
}

/**
 * Read apart from env(): the logger starts at import, before tests have set the rest, and must
 * work to report a configuration env() refuses.
 */
export function logSettings(): { level: Env["LOG_LEVEL"]; json: boolean } {
  const level = schema.shape.LOG_LEVEL.safeParse(process.env.LOG_LEVEL || undefined);
  return { level: level.success ? level.data : "info", json: process.env.NODE_ENV === "production" };
}

/** The simulator answers only with no real provider, and under `next start` only when asked for. */
export function simulatorEnabled(): boolean {
  const e = env();
  if (e.PROVIDER_API_URL) return false;
  return e.SIMULATOR ? e.SIMULATOR === "on" : e.NODE_ENV !== "production";
}

/** Demo data is seeded into an empty database only when asked for, or by default in development on PGlite. */
export function demoSeedWanted(kind: "postgres" | "pglite"): boolean {
  const e = env();
  if (e.DEMO_SEED) return e.DEMO_SEED === "1";
  return kind === "pglite" && e.NODE_ENV !== "production";
}

export function appUrl(): string {
  return env().APP_URL.replace(/\/$/, "");
}

export function webhookUrl(): string {
  return `${appUrl()}/api/webhooks/provider`;
}

export type ProviderConfig = {
  baseUrl: string;
  apiKey: string;
  /** The current `whsec_` secret and, while rotating, the previous one. */
  webhookSecret: string;
  previousWebhookSecret?: string;
  simulated: boolean;
  timeoutMs: number;
};

export type SimulatorCredentials = { apiKey: string; webhookSecret: string };

// On globalThis: start-up (instrumentation) and the route bundles are separate module graphs.
const globalForSimulator = globalThis as unknown as { callboardSimulatorCredentials?: SimulatorCredentials };

/** Start-up stores the install's generated simulator credentials here (lib/provider/simulator-credentials.ts). */
export function setSimulatorCredentials(credentials: SimulatorCredentials) {
  globalForSimulator.callboardSimulatorCredentials = credentials;
}

export function providerConfig(): ProviderConfig {
  const e = env();
  if (e.PROVIDER_API_URL) {
    return {
      baseUrl: e.PROVIDER_API_URL.replace(/\/$/, ""),
      apiKey: e.PROVIDER_API_KEY!,
      webhookSecret: e.PROVIDER_WEBHOOK_SECRET!,
      previousWebhookSecret: e.PROVIDER_WEBHOOK_SECRET_PREVIOUS,
      simulated: false,
      timeoutMs: e.PROVIDER_TIMEOUT_MS,
    };
  }
  if (!simulatorEnabled()) throw new ConfigError("No provider is configured: set PROVIDER_API_URL, or SIMULATOR=on for a demo");
  const credentials = globalForSimulator.callboardSimulatorCredentials;
  if (!credentials) throw new Error("The simulator's credentials are not loaded yet (start-up loads them)");
  return {
    baseUrl: `${appUrl()}/api/simulator/v1`,
    ...credentials,
    simulated: true,
    timeoutMs: e.PROVIDER_TIMEOUT_MS,
  };
}

/** Where recordings and transcripts may be fetched from; see lib/provider/media-policy.ts. */
export type MediaConfig = {
  baseUrl: string;
  apiKey: string;
  timeoutMs: number;
  /** Lower-case host names media may come from (each with its subdomains). */
  mediaHosts: string[];
  production: boolean;
};

export function mediaConfig(): MediaConfig {
  const e = env();
  const { baseUrl, apiKey, timeoutMs } = providerConfig();
  return { baseUrl, apiKey, timeoutMs, mediaHosts: mediaHosts(e, baseUrl), production: e.NODE_ENV === "production" };
}

/** api.avoca.ai → avoca.ai; an IP address or a one-label name (localhost) stands for itself. */
export function parentDomain(hostname: string): string {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (/^[\d.]+$/.test(host) || host.includes(":")) return host;
  const labels = host.split(".");
  return labels.length > 2 ? labels.slice(1).join(".") : host;
}

function mediaHosts(e: Env, baseUrl: string): string[] {
  const listed = (e.PROVIDER_MEDIA_HOSTS ?? "")
    .split(",")
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  return listed.length > 0 ? listed : [parentDomain(new URL(baseUrl).hostname)];
}
