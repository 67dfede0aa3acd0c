import http from "node:http";
import { cookieValue, sessionOfCookieHeader } from "@/lib/auth/cookie-session";
import { WORKSPACE_COOKIE, memberOfSession } from "@/lib/auth/member-of-session";
import { sendWebResponse, webRequestOf } from "@/lib/http/node-web";
import { REQUEST_ID_HEADER, newRequestId } from "@/lib/http/request-id";
import { securityHeaders } from "@/lib/http/security-headers";
import { log } from "@/lib/log/logger";
import { metricsHandler } from "@/lib/metrics/metrics-handler";
import { withRequestId } from "@/lib/log/request-context";
import { findNulSearchParam, nulMessage } from "@/lib/validation/unstorable-input";
import { providerWebhookHandler } from "@/lib/webhooks/provider-webhook-handler";
import { openStreamCount } from "./fanout-hub";
import { serveNodeStream } from "./node-stream";
import { isLiveStreamKind, liveDecision } from "./streams";

const LIVE_PATH = /^\/api\/live\/([a-z]+)\/?$/;
const WEBHOOK_PATH = "/api/webhooks/provider";
const METRICS_PATH = "/api/metrics";

/**
 * The live streams (/api/live/calls, missed, leads, campaigns) served by a plain node:http server,
 * to run as its own process beside `next start` with /api/live/ routed to it. Same cookie, same
 * session and membership checks, same hubs and LISTEN as the route handlers; what it saves is the
 * Next request pipeline per stream and per write, and it puts fan-out on another core than the
 * webhooks. It also takes the provider's webhooks, through the very handler the Next route uses,
 * for a deployment that routes them here to acknowledge them without Next's request pipeline, and
 * this process's metrics at /api/metrics (same METRICS_TOKEN). Anything else is a 404.
 */
export function createLiveServer({ production, recheckMs }: { production: boolean; recheckMs?: number }): http.Server {
  const baseHeaders = {
    ...securityHeaders({ production }),
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
  };
  const server = http.createServer((req, res) => {
    const requestId = newRequestId();
    const headers = { ...baseHeaders, [REQUEST_ID_HEADER]: requestId };
    const refuse = (status: number, body: Record<string, string>, extra: Record<string, string> = {}) => {
      if (status >= 500) log.error({ route: "live-server", url: req.url, status }, "answered with an error");
      else if (status !== 404) log.info({ route: "live-server", url: req.url, status }, "refused");
      res.writeHead(status, { ...headers, ...extra, "Content-Type": "application/json", "Cache-Control": "no-store" });
      res.end(JSON.stringify({ ...body, request_id: requestId }));
    };
    void withRequestId(requestId, async () => {
      try {
        const url = new URL(req.url ?? "/", "http://live");
        if (url.pathname === "/healthz") {
          res.writeHead(200, { ...headers, "Content-Type": "application/json", "Cache-Control": "no-store" });
          return res.end(JSON.stringify({ ok: true, streams: openStreamCount() }));
        }
        if (url.pathname === WEBHOOK_PATH) {
          if (req.method !== "POST") return refuse(405, { error: "Use POST" }, { Allow: "POST" });
          const request = webRequestOf(req, "http://live", { [REQUEST_ID_HEADER]: requestId });
          return await sendWebResponse(res, await providerWebhookHandler(request), headers);
        }
        if (url.pathname === METRICS_PATH) {
          if (req.method !== "GET") return refuse(405, { error: "Use GET" }, { Allow: "GET" });
          return await sendWebResponse(res, await metricsHandler(webRequestOf(req, "http://live")), headers);
        }
        const kind = LIVE_PATH.exec(url.pathname)?.[1];
        if (!kind || !isLiveStreamKind(kind)) return refuse(404, { error: "Not found" });
        if (req.method !== "GET" && req.method !== "HEAD") return refuse(405, { error: "Use GET" }, { Allow: "GET, HEAD" });
        const nulField = findNulSearchParam(url.searchParams);
        if (nulField) return refuse(400, { error: nulMessage(nulField), field: nulField });

        const cookie = req.headers.cookie;
        const member = await memberOfSession(await sessionOfCookieHeader(cookie), cookieValue(cookie, WORKSPACE_COOKIE));
        const decision = liveDecision(kind, member);
        if (!decision.ok) return refuse(decision.status, { error: decision.error });
        if (req.method === "HEAD") {
          res.writeHead(200, { ...headers, "Content-Type": "text/event-stream; charset=utf-8" });
          return res.end();
        }
        const access = recheckMs ? { ...decision.access, everyMs: recheckMs } : decision.access;
        await serveNodeStream(req, res, decision.hub, decision.workspaceId, access, headers);
      } catch (error) {
        log.error({ err: error, route: "live-server" }, "live stream failed");
        if (!res.headersSent) refuse(500, { error: "Something went wrong on our side. Quote the request id if it happens again." });
        else res.destroy();
      }
    });
  });
  // Streams are long-lived by design; a slow request head still times out.
  server.requestTimeout = 30_000;
  server.headersTimeout = 15_000;
  server.keepAliveTimeout = 5_000;
  return server;
}
