import { z } from "zod";

/**
 * Server configuration, read once. With no PROVIDER_API_URL the app talks to its own built-in
 * simulator, over HTTP, at APP_URL; with no DATABASE_URL it uses embedded PGlite in PGLITE_DIR.
 */
const schema = z.object({
  DATABASE_URL: z.string().url().optional(),
  PGLITE_DIR: z.string().default(".data/pglite"),
  APP_URL: z.string().url().default("http://localhost:3000"),
  PROVIDER_API_URL: z.string().url().optional(),
  PROVIDER_API_KEY: z.string().min(1).optional(),
  PROVIDER_WORKSPACE_ID: z.string().min(1).optional(),
  PROVIDER_WEBHOOK_SECRET: z.string().startsWith("whsec_").optional(),
  /** Seed demo data into an empty database at start-up. On by default for the embedded database. */
  DEMO_SEED: z.enum(["0", "1"]).optional(),
  /** Per-request timeout towards the provider, in milliseconds. */
  PROVIDER_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const blank = Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== ""));
    cached = schema.parse(blank);
  }
  return cached;
}

/** Fixed credentials of the built-in simulator; it is only reachable on the app's own origin. */
export const SIMULATOR_DEFAULTS = {
  apiKey: "sk_sim_local_dev_key",
  webhookSecret: "whsec_c2ltdWxhdG9yLXdlYmhvb2stc2VjcmV0LWtleS0zMmI=",
} as const;

export type ProviderConfig = {
  baseUrl: string;
  apiKey: string;
  webhookSecret: string;
  simulated: boolean;
  timeoutMs: number;
};

export function providerConfig(): ProviderConfig {
  const e = env();
  if (e.PROVIDER_API_URL) {
    if (!e.PROVIDER_API_KEY || !e.PROVIDER_WEBHOOK_SECRET) {
      throw new Error("PROVIDER_API_URL is set: PROVIDER_API_KEY and PROVIDER_WEBHOOK_SECRET are required too");
    }
    return {
      baseUrl: e.PROVIDER_API_URL.replace(/\/$/, ""),
      apiKey: e.PROVIDER_API_KEY,
      webhookSecret: e.PROVIDER_WEBHOOK_SECRET,
      simulated: false,
      timeoutMs: e.PROVIDER_TIMEOUT_MS,
    };
  }
  return {
    baseUrl: `${e.APP_URL.replace(/\/$/, "")}/api/simulator/v1`,
    apiKey: e.PROVIDER_API_KEY ?? SIMULATOR_DEFAULTS.apiKey,
    webhookSecret: e.PROVIDER_WEBHOOK_SECRET ?? SIMULATOR_DEFAULTS.webhookSecret,
    simulated: true,
    timeoutMs: e.PROVIDER_TIMEOUT_MS,
  };
}

export function webhookUrl(): string {
  return `${env().APP_URL.replace(/\/$/, "")}/api/webhooks/provider`;
}
