import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { resetEnvForTests } from "@/lib/env";
import { startFakeProvider, type FakeProvider } from "@/lib/provider/fake/server";
import { openTestDatabase } from "./test-database";

export const FAKE_KEY = "sk_fake_test_key";
export const FAKE_SECRET = "whsec_ZmFrZS1wcm92aWRlci13ZWJob29rLXNlY3JldC0wMTIzNDU2Nzg5";

/**
 * A fresh database, the fake provider over real HTTP, and a webhook receiver on a loopback port
 * that hands each delivery to the app's own receiveWebhook: the whole provider edge, no mocks.
 * Media on the fake's second host (localhost) is allowlisted; media-policy tests cover the default.
 */
export async function startDatabaseAndFakeProvider(): Promise<{ fake: FakeProvider; cleanup: () => Promise<void> }> {
  const database = await openTestDatabase();
  const { receiveWebhook } = await import("@/lib/webhooks/receive");
  const receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
      receiveWebhook(headers, Buffer.concat(chunks).toString("utf8"))
        .then((out) => res.writeHead(out.status, { "Content-Type": "application/json" }).end(JSON.stringify(out.body)))
        .catch((error: unknown) => {
          console.error("test receiver", error);
          res.writeHead(500).end();
        });
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const fake = await startFakeProvider({ apiKey: FAKE_KEY, webhookSecret: FAKE_SECRET, speed: 10 });
  process.env.PROVIDER_API_URL = fake.url;
  process.env.PROVIDER_API_KEY = FAKE_KEY;
  process.env.PROVIDER_WEBHOOK_SECRET = FAKE_SECRET;
  process.env.PROVIDER_MEDIA_HOSTS = "127.0.0.1,localhost";
  process.env.APP_URL = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  process.env.PROVIDER_TIMEOUT_MS = "2000";
  resetEnvForTests();
  return {
    fake,
    cleanup: async () => {
      await fake.close();
      await new Promise<void>((resolve) => {
        receiver.close(() => resolve());
        receiver.closeAllConnections();
      });
      await database.cleanup();
    },
  };
}

/** Polls until `check` returns a value (not null/undefined/false); rejects after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | null | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 25));
  }
}
