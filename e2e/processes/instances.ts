import { spawn, type ChildProcess } from "node:child_process";
import postgres from "postgres";

/**
 * Real `next start` processes on a PostgreSQL database of their own, for the tests that are about
 * processes: several instances starting together, a kill -9 in the middle of a batch.
 */
export const SERVER_URL = process.env.TEST_DATABASE_URL ?? "";

const basePort = Number(process.env.E2E_PORT ?? 3107);
/** The ports after E2E_PORT belong to the same run. */
export const instancePort = (n: number) => basePort + 1 + n;

export async function createDatabase(): Promise<{ url: string; sql: postgres.Sql; drop: () => Promise<void> }> {
  const name = `callboard_proc_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = postgres(SERVER_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  const sql = postgres(url.toString(), { max: 2, onnotice: () => {} });
  return {
    url: url.toString(),
    sql,
    drop: async () => {
      await sql.end({ timeout: 5 });
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

export type Instance = {
  port: number;
  base: string;
  proc: ChildProcess;
  output: () => string;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>;
  stop: (signal?: NodeJS.Signals) => Promise<number | string>;
};

export function startInstance({
  port,
  databaseUrl,
  env = {},
}: {
  port: number;
  databaseUrl: string;
  env?: Record<string, string>;
}): Instance {
  const base = `http://127.0.0.1:${port}`;
  const proc = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next",
      APP_URL: base,
      AUTH_URL: base,
      AUTH_SECRET: "e2e-only-secret-not-for-production-0123456789",
      AUTH_TRUST_HOST: "true",
      PROVIDER_API_URL: "",
      SIMULATOR: "on",
      DEMO_SEED: "0",
      SIMULATOR_SPEED: "20",
      INSTANCE_ID: `test-${port}`,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  proc.stdout?.on("data", (chunk) => (log += chunk));
  proc.stderr?.on("data", (chunk) => (log += chunk));
  const exited = new Promise<number | string>((resolve) => proc.once("exit", (code, signal) => resolve(code ?? signal ?? -1)));
  return {
    port,
    base,
    proc,
    output: () => log,
    exited,
    stop: async (signal = "SIGTERM") => {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
      return exited;
    },
  };
}

/** Polls `path` until it answers 200; fails early if the process exits. */
export async function waitUntilServing(instance: Instance, path = "/api/health", timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let ended = false;
  void instance.exited.then(() => (ended = true));
  while (Date.now() < deadline) {
    if (ended) throw new Error(`instance on ${instance.port} exited:\n${instance.output()}`);
    const status = await fetch(`${instance.base}${path}`)
      .then((r) => r.status)
      .catch(() => 0);
    if (status === 200) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`instance on ${instance.port} did not serve ${path} in ${timeoutMs} ms:\n${instance.output()}`);
}
