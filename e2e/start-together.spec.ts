import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { createDatabase, instancePort, SERVER_URL, startInstance, waitUntilServing } from "./processes/instances";

const journal = JSON.parse(readFileSync("drizzle/meta/_journal.json", "utf8")) as { entries: unknown[] };

test.describe("instances starting at once (PostgreSQL)", () => {
  test.skip(!SERVER_URL, "needs TEST_DATABASE_URL");
  test.setTimeout(180_000);

  test("three next start processes on an empty database all migrate and serve", async () => {
    const database = await createDatabase();
    const instances = [0, 1, 2].map((n) => startInstance({ port: instancePort(n), databaseUrl: database.url }));
    try {
      await Promise.all(instances.map((i) => waitUntilServing(i)));
      for (const i of instances) {
        expect((await fetch(`${i.base}/api/health`)).status).toBe(200);
        expect(i.proc.exitCode).toBeNull();
      }
      const [{ count }] = await database.sql<{ count: number }[]>`select count(*)::int as count from drizzle.__drizzle_migrations`;
      expect(count).toBe(journal.entries.length);
    } finally {
      await Promise.all(instances.map((i) => i.stop()));
      await database.drop();
    }
  });

  test("an instance that cannot migrate exits non-zero and says why", async () => {
    const missing = new URL(SERVER_URL);
    missing.pathname = "/callboard_no_such_database";
    const instance = startInstance({ port: instancePort(3), databaseUrl: missing.toString() });
    const code = await instance.exited;
    expect(code).toBe(1);
    expect(instance.output()).toContain("[callboard] cannot start");
    expect(instance.output()).toContain("callboard_no_such_database");
  });
});
