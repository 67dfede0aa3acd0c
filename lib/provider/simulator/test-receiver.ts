import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { WebhookEnvelope } from "./events";

/** Test support: a real HTTP webhook receiver on a loopback port that records every request. */

export type ReceivedWebhook = {
  id: string;
  timestamp: string;
  signature: string;
  body: string;
  envelope: WebhookEnvelope;
};

/** How the receiver answers: a status code, after an optional delay in ms. */
export type Answer = { status: number; delayMs?: number };

export type Receiver = {
  url: string;
  received: ReceivedWebhook[];
  /** Resolves with the webhooks so far once `done` holds; rejects after `timeoutMs` as a safety net. */
  waitFor(done: (received: ReceivedWebhook[]) => boolean, timeoutMs?: number): Promise<ReceivedWebhook[]>;
  close(): Promise<void>;
};

export async function startReceiver(answer: (hook: ReceivedWebhook) => Answer = () => ({ status: 204 })): Promise<Receiver> {
  const received: ReceivedWebhook[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const hook: ReceivedWebhook = {
        id: String(req.headers["webhook-id"] ?? ""),
        timestamp: String(req.headers["webhook-timestamp"] ?? ""),
        signature: String(req.headers["webhook-signature"] ?? ""),
        body,
        envelope: JSON.parse(body) as WebhookEnvelope,
      };
      received.push(hook);
      const { status, delayMs = 0 } = answer(hook);
      setTimeout(() => {
        if (!res.destroyed) res.writeHead(status).end();
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/api/webhooks/provider`,
    received,
    waitFor: (done, timeoutMs = 15_000) =>
      new Promise((resolve, reject) => {
        const deadline = Date.now() + timeoutMs;
        const poll = () => {
          if (done(received)) return resolve([...received]);
          if (Date.now() > deadline) {
            const seen = received.map((r) => `${r.envelope.call_id} ${r.envelope.event}`).join(", ");
            return reject(new Error(`receiver: condition not met; received ${seen || "nothing"}`));
          }
          setTimeout(poll, 10);
        };
        poll();
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** CONTRACT.md §2 computed independently of lib/webhooks, so a shared mistake cannot hide. */
export function expectedSignature(secret: string, hook: Pick<ReceivedWebhook, "id" | "timestamp" | "body">): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  return `v1,${createHmac("sha256", key).update(`${hook.id}.${hook.timestamp}.${hook.body}`).digest("base64")}`;
}
