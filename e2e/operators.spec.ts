import { expect, test } from "@playwright/test";
import { createDatabase, instancePort, SERVER_URL, startInstance, waitUntilServing } from "./processes/instances";

const TOKEN = "metrics-token-for-e2e-0123456789";

test("without METRICS_TOKEN the metrics endpoint does not exist", async ({ request }) => {
  expect((await request.get("/api/metrics")).status()).toBe(404);
  expect((await request.get("/api/health")).status()).toBe(200);
});

test.describe("an instance on PostgreSQL, as an operator sees it", () => {
  test.skip(!SERVER_URL, "needs TEST_DATABASE_URL");
  test.setTimeout(150_000);

  test("liveness, readiness, metrics behind a token, and a graceful stop that ends streams with a retry hint", async () => {
    const database = await createDatabase();
    const instance = startInstance({ port: instancePort(4), databaseUrl: database.url, env: { METRICS_TOKEN: TOKEN, DEMO_SEED: "1" } });
    try {
      await waitUntilServing(instance, "/api/ready");
      const ready = await (await fetch(`${instance.base}/api/ready`)).json();
      expect(ready).toMatchObject({
        ready: true,
        breaker: "closed",
        checks: { database: { ok: true }, migrations: { ok: true }, listen: { ok: true }, worker: { ok: true } },
      });

      expect((await fetch(`${instance.base}/api/metrics`)).status).toBe(401);
      expect(
        (await fetch(`${instance.base}/api/metrics`, { headers: { Authorization: "Bearer wrong-token-of-same-len-012345" } })).status,
      ).toBe(401);
      const scrape = await fetch(`${instance.base}/api/metrics`, { headers: { Authorization: `Bearer ${TOKEN}` } });
      expect(scrape.status).toBe(200);
      expect(scrape.headers.get("content-type")).toContain("text/plain");
      const text = await scrape.text();
      for (const line of [
        'callboard_jobs{state="due",app="callboard"}',
        'callboard_jobs{state="dead",app="callboard"}',
        'callboard_provider_breaker_state{app="callboard"} 0',
        'callboard_sse_clients{app="callboard"} 0',
        "# TYPE callboard_webhook_ack_seconds histogram",
        "# TYPE callboard_webhooks_total counter",
        "# TYPE callboard_provider_request_seconds histogram",
        "# TYPE callboard_calls gauge",
      ]) {
        expect(text).toContain(line);
      }

      // Streams ending with a retry hint on shutdown: lib/live/sse-response.test.ts.
      const stopped = instance.stop("SIGTERM");
      const code = await stopped;
      expect([0, 143]).toContain(code);
      expect(instance.output()).toContain("[callboard] SIGTERM: stopping");
    } finally {
      await instance.stop("SIGKILL");
      await database.drop();
    }
  });
});
