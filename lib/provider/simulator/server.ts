import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { handleSimulatorRequest, type SimulatorOptions } from "./handler";
import { playCall, stopPlayback, type PlayerOptions } from "./player";
import { createSimulatorStore, type SimulatorCall, type SimulatorStore } from "./store";
import { log } from "@/lib/log/logger";

export type SimulatorServerOptions = Omit<SimulatorOptions, "publicBaseUrl" | "store"> & {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** A fresh store unless given, so each test or benchmark starts clean. */
  store?: SimulatorStore;
  /** Plays every accepted call out and signs its webhooks with this `whsec_` secret; unset, calls stay queued. */
  webhookSecret?: string;
  /** Holds every request this long before answering: a slow provider, for crash and load tests. */
  latencyMs?: number;
} & Pick<PlayerOptions, "speed" | "allowWebhookOrigins" | "allowLoopback" | "deliveryTimeoutMs">;

export type SimulatorServer = {
  /** API base for ProviderConfig.baseUrl, e.g. "http://127.0.0.1:54321/v1". */
  url: string;
  store: SimulatorStore;
  close(): Promise<void>;
};

async function toRequest(req: IncomingMessage, origin: string, signal: AbortSignal): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, v);
  }
  const method = req.method ?? "GET";
  let body: string | undefined;
  if (method !== "GET" && method !== "HEAD") {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    body = Buffer.concat(chunks).toString("utf8");
  }
  return new Request(new URL(req.url ?? "/", origin), { method, headers, body, signal });
}

async function writeResponse(res: ServerResponse, response: Response): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  // The client may have timed out and gone; there is nobody left to answer.
  if (res.destroyed) return;
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  res.end(body);
}

export async function startSimulatorServer(opts: SimulatorServerOptions): Promise<SimulatorServer> {
  const {
    port = 0,
    host = "127.0.0.1",
    store = createSimulatorStore(),
    webhookSecret,
    latencyMs = 0,
    speed,
    allowWebhookOrigins,
    allowLoopback,
    deliveryTimeoutMs,
    ...rest
  } = opts;
  let origin = "";
  const played = new Set<string>();
  const handlerOpts: Omit<SimulatorOptions, "publicBaseUrl" | "store"> = {
    ...rest,
    onCallAccepted: (call: SimulatorCall) => {
      if (webhookSecret) {
        played.add(call.callId);
        playCall(call, { store, webhookSecret, publicBaseUrl: origin, speed, allowWebhookOrigins, allowLoopback, deliveryTimeoutMs });
      }
      rest.onCallAccepted?.(call);
    },
  };

  const server = createServer((req, res) => {
    const aborted = new AbortController();
    res.on("close", () => {
      if (!res.writableFinished) aborted.abort();
    });
    void (async () => {
      try {
        const request = await toRequest(req, origin, aborted.signal);
        if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
        const response = await handleSimulatorRequest(request, { ...handlerOpts, store, publicBaseUrl: origin });
        await writeResponse(res, response);
      } catch (err) {
        log.error({ err }, "simulator: request failed");
        if (!res.headersSent && !res.destroyed) {
          res.writeHead(500, { "Content-Type": "application/json" });
          res.end(JSON.stringify({ error: { code: "internal_error", message: "Simulator error", retryable: true } }));
        }
      }
    })();
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  origin = `http://${host}:${address.port}`;

  return {
    url: `${origin}/v1`,
    store,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Only this server's calls: another server may share the store (a restart on the same port).
        stopPlayback(store, played);
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
