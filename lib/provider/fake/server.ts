import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { byteRange, fakeUtterances, mp3Recording, wavRecording } from "./media";
import { stepsFor } from "./playout";
import { parseFakeCallRequest, type FakeCallRequest } from "./request";
import { scenarioFor, type Scenario } from "./scenarios";
import { createSender, type Delivery } from "./webhooks";

/**
 * A fake voice provider of the project's own: a plain node:http server that speaks CONTRACT.md
 * exactly, plus the variations its "What the real provider may send" section allows, chosen by
 * the number's last four digits (scenarios.ts). Separate from the built-in simulator, which stays
 * strict and lives inside the app; this one runs as its own process (scripts/fake-provider.ts) or
 * inside a test, and the app talks to it over real HTTP like to the real provider.
 */

export type FakeProviderOptions = {
  apiKey: string;
  /** `whsec_<base64>`; webhooks are signed with it. */
  webhookSecret: string;
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** The second listener, for media "on another host": its port (0 picks one) and the host name its URLs use. */
  mediaPort?: number;
  mediaHostName?: string;
  /** Divides every delay (playout and webhook retries). */
  speed?: number;
};

export type FakeRequest = { at: Date; method: string; path: string; headers: Record<string, string>; body: string; status: number };

export type FakeCall = {
  callId: string;
  workspaceId: string;
  idempotencyKey: string;
  request: FakeCallRequest;
  scenario: Scenario;
  status: string;
  /** Format of the recording served for this call. */
  recording: "wav" | "mp3";
};

export type FakeProvider = {
  /** The API base to set as PROVIDER_API_URL, e.g. http://127.0.0.1:3208/v1. */
  url: string;
  origin: string;
  /** The other media host's origin, e.g. http://localhost:3209. */
  mediaOrigin: string;
  requests: FakeRequest[];
  calls: Map<string, FakeCall>;
  deliveries: Delivery[];
  close(): Promise<void>;
};

type Stored = { bodyHash: string; status: number; text: string; callId: string };

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

const id = (prefix: string) => `${prefix}${randomBytes(8).toString("hex")}`;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

async function listen(server: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  return (server.address() as AddressInfo).port;
}

export async function startFakeProvider(opts: FakeProviderOptions): Promise<FakeProvider> {
  const host = opts.host ?? "127.0.0.1";
  const speed = opts.speed && opts.speed > 0 ? opts.speed : 1;
  const requests: FakeRequest[] = [];
  const calls = new Map<string, FakeCall>();
  const deliveries: Delivery[] = [];
  const idempotency = new Map<string, Stored>();
  const attempts = new Map<string, number>();
  const lastCallOfWorkspace = new Map<string, string>();
  const timers = new Set<NodeJS.Timeout>();
  const sender = createSender({ secret: opts.webhookSecret, speed, log: deliveries });
  let origin = "";
  let mediaOrigin = "";

  const json = (status: number, body: unknown) => ({ status, type: "application/json", body: Buffer.from(JSON.stringify(body)) });
  const error = (status: number, code: string, message: string, retryable = status === 429 || status >= 500, more = {}) =>
    json(status, { error: { code, message, retryable, ...more } });
  type Answer = { status: number; type: string; body: Buffer; headers?: Record<string, string> };

  function play(call: FakeCall, webhookUrl: string | undefined) {
    if (!webhookUrl) return;
    const base = call.scenario.playout.otherHost ? `${mediaOrigin}/media` : `${origin}/v1/calls`;
    const ext = call.recording === "mp3" ? "mp3" : "wav";
    const media = call.scenario.playout.otherHost
      ? { transcript: `${base}/${call.callId}/transcript.json`, recording: `${base}/${call.callId}/recording.${ext}` }
      : { transcript: `${base}/${call.callId}/transcript`, recording: `${base}/${call.callId}/recording` };
    for (const step of stepsFor(call.request, call.scenario.playout, media)) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        call.status = String(step.data.status);
        sender.send(webhookUrl, call.callId, step.event, step.data, step.extra);
      }, step.atMs / speed);
      timer.unref();
      timers.add(timer);
    }
  }

  function placeCall(req: IncomingMessage, text: string): Answer {
    const auth = req.headers.authorization ?? "";
    if (auth !== `Bearer ${opts.apiKey}`) return error(401, "unauthorized", "Missing or invalid API key", false);
    const workspaceId = String(req.headers["x-workspace-id"] ?? "").trim();
    if (!workspaceId) return error(403, "forbidden", "Missing X-Workspace-ID header", false);
    if (!String(req.headers["content-type"] ?? "").startsWith("application/json")) {
      return error(415, "unsupported_media_type", "Content-Type must be application/json", false);
    }
    const key = String(req.headers["idempotency-key"] ?? "").trim();
    if (!key) return error(400, "missing_idempotency_key", "Missing Idempotency-Key header", false);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return error(400, "invalid_json", "The body is not valid JSON", false);
    }
    const scope = `${workspaceId}\n${key}`;
    const bodyHash = createHash("sha256").update(canonical(body)).digest("hex");
    const stored = idempotency.get(scope);
    if (stored) {
      if (stored.bodyHash !== bodyHash) {
        return error(409, "idempotency_conflict", "This Idempotency-Key was already used with a different body", false, {
          call_id: stored.callId,
        });
      }
      return {
        status: stored.status,
        type: "application/json",
        body: Buffer.from(stored.text),
        headers: { "Idempotent-Replayed": "true" },
      };
    }
    const parsed = parseFakeCallRequest(body);
    if (!parsed.ok) return error(422, "validation_error", parsed.message, false);

    const scenario = scenarioFor(parsed.value.phone_number);
    const attempt = (attempts.get(scope) ?? 0) + 1;
    attempts.set(scope, attempt);
    const answer = scenario.create;
    if (answer.kind === "error" && (answer.onAttempts === undefined || attempt <= answer.onAttempts)) {
      return error(answer.status, answer.code, answer.message, answer.retryable);
    }
    if (answer.kind === "conflict") {
      const earlier = lastCallOfWorkspace.get(workspaceId);
      return error(
        409,
        "idempotency_conflict",
        "This Idempotency-Key was already used with a different body",
        false,
        earlier ? { call_id: earlier } : {},
      );
    }

    const callId = id("call_");
    const failed = answer.kind === "create_failed";
    const call: FakeCall = {
      callId,
      workspaceId,
      idempotencyKey: key,
      request: parsed.value,
      scenario,
      status: failed ? "failed" : "queued",
      recording: scenario.playout.recording,
    };
    const nulls = answer.kind === "accept" && answer.nulls;
    const data = failed
      ? { call_id: callId, status: "failed", reason: answer.reason, error: { code: "destination_rejected", message: answer.reason } }
      : nulls
        ? { call_id: callId, status: "queued", estimated_wait: null, tracking_url: null, assistant_id: null }
        : {
            call_id: callId,
            status: "queued",
            estimated_wait: 1,
            assistant_id: parsed.value.assistant_id,
            tracking_url: `${origin}/track/${callId}`,
          };
    const responseText = JSON.stringify({ data, meta: { request_id: id("req_"), timestamp: new Date().toISOString() } });
    calls.set(callId, call);
    lastCallOfWorkspace.set(workspaceId, callId);
    idempotency.set(scope, { bodyHash, status: 201, text: responseText, callId });
    if (!failed) play(call, parsed.value.webhook_url);
    return { status: 201, type: "application/json", body: Buffer.from(responseText) };
  }

  function serveMedia(req: IncomingMessage, callId: string, kind: "transcript" | "recording"): Answer {
    if (req.headers.authorization !== `Bearer ${opts.apiKey}`) return error(401, "unauthorized", "Missing or invalid API key", false);
    const call = calls.get(callId);
    if (!call || call.status !== "completed") return error(404, "not_found", `No completed call ${callId}`, false);
    if (kind === "transcript") return json(200, { call_id: callId, utterances: fakeUtterances(call.request.customer_info.name) });
    if (!call.request.record_call) return error(404, "not_found", `Call ${callId} was not recorded`, false);
    const bytes = call.recording === "mp3" ? mp3Recording() : wavRecording(fakeUtterances(call.request.customer_info.name));
    const type = call.recording === "mp3" ? "audio/mpeg" : "audio/wav";
    const range = byteRange(req.headers.range, bytes.length);
    const headers = { "Accept-Ranges": "bytes" };
    if (range === "unsatisfiable")
      return { status: 416, type, body: Buffer.alloc(0), headers: { ...headers, "Content-Range": `bytes */${bytes.length}` } };
    if (!range) return { status: 200, type, body: bytes, headers };
    return {
      status: 206,
      type,
      body: bytes.subarray(range.start, range.end + 1),
      headers: { ...headers, "Content-Range": `bytes ${range.start}-${range.end}/${bytes.length}` },
    };
  }

  function route(req: IncomingMessage, path: string, text: string, isMediaHost: boolean): Answer {
    const apiMedia = /^\/v1\/calls\/([A-Za-z0-9_]+)\/(transcript|recording)$/.exec(path);
    const hostMedia = /^\/media\/([A-Za-z0-9_]+)\/(transcript\.json|recording\.(?:wav|mp3))$/.exec(path);
    if (req.method === "GET" && !isMediaHost && apiMedia) return serveMedia(req, apiMedia[1], apiMedia[2] as "transcript" | "recording");
    if (req.method === "GET" && isMediaHost && hostMedia) {
      return serveMedia(req, hostMedia[1], hostMedia[2].startsWith("transcript") ? "transcript" : "recording");
    }
    if (!isMediaHost && path === "/v1/outbound/voice/call") {
      return req.method === "POST" ? placeCall(req, text) : error(405, "method_not_allowed", "Use POST", false);
    }
    if (!isMediaHost && req.method === "GET" && path.startsWith("/track/")) {
      const call = calls.get(path.slice("/track/".length));
      return call ? json(200, { call_id: call.callId, status: call.status }) : error(404, "not_found", "No such call", false);
    }
    if (path === "/health") return json(200, { ok: true });
    return error(404, "not_found", `No endpoint at ${path}`, false);
  }

  const handler = (isMediaHost: boolean) => (req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const text = req.method === "GET" || req.method === "HEAD" ? "" : await readBody(req);
      const path = new URL(req.url ?? "/", "http://fake").pathname;
      const answer = route(req, path, text, isMediaHost);
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers[name] = value;
      if (!isMediaHost || !path.startsWith("/media/"))
        requests.push({ at: new Date(), method: req.method ?? "GET", path, headers, body: text, status: answer.status });
      res.writeHead(answer.status, { "Content-Type": answer.type, "Content-Length": String(answer.body.length), ...answer.headers });
      res.end(req.method === "HEAD" ? undefined : answer.body);
    })().catch((err: unknown) => {
      console.error("fake provider: request failed", err);
      if (!res.headersSent) res.writeHead(500).end();
    });
  };

  const api = createServer(handler(false));
  const mediaServer = createServer(handler(true));
  const port = await listen(api, opts.port ?? 0, host);
  const mediaPort = await listen(mediaServer, opts.mediaPort ?? 0, host);
  origin = `http://${host}:${port}`;
  mediaOrigin = `http://${opts.mediaHostName ?? "localhost"}:${mediaPort}`;

  const stop = (server: Server) =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return {
    url: `${origin}/v1`,
    origin,
    mediaOrigin,
    requests,
    calls,
    deliveries,
    close: async () => {
      sender.stop();
      for (const t of timers) clearTimeout(t);
      await Promise.all([stop(api), stop(mediaServer)]);
    },
  };
}
