import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { handle } from "@/db";
import { migrate } from "@/db/migrate";
import { resetEnvForTests, setSimulatorCredentials } from "@/lib/env";
import { TEST_SIMULATOR_CREDENTIALS } from "./simulator-credentials";

/**
 * A fresh, migrated database for one test file: PGlite in a temp folder by default, or a new
 * database on the server named by DATABASE_URL (dropped afterwards). Must run before anything
 * touches `db`, because the process-wide handle reads the environment once.
 */
export async function openTestDatabase(): Promise<{ kind: "pglite" | "postgres"; cleanup: () => Promise<void> }> {
  // What start-up does for an install running the simulator, with credentials the tests know.
  setSimulatorCredentials(TEST_SIMULATOR_CREDENTIALS);
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `callboard_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    process.env.DATABASE_URL = url.toString();
    resetEnvForTests();
    const h = handle();
    await migrate(h);
    return {
      kind: "postgres",
      cleanup: async () => {
        await h.close();
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end();
      },
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), "callboard-test-"));
  process.env.PGLITE_DIR = path.join(dir, "db");
  resetEnvForTests();
  const h = handle();
  await migrate(h);
  return {
    kind: "pglite",
    cleanup: async () => {
      await h.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
