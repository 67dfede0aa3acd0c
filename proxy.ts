import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { authConfig } from "./auth.config";
import { contentSecurityPolicy, newNonce, securityHeaders } from "@/lib/http/security-headers";
import { REQUEST_ID_HEADER, newRequestId } from "@/lib/http/request-id";
import { isProduction } from "@/lib/env";
import { findNulSearchParam, nulMessage } from "@/lib/validation/unstorable-input";

const { auth } = NextAuth(authConfig);

/** Turns anonymous visitors to the login page; real checks happen in every page and action. */
const signInGate = auth((request) => {
  if (request.auth?.user) return NextResponse.next();
  const login = new URL("/login", request.nextUrl);
  login.searchParams.set("callbackUrl", request.nextUrl.href);
  return NextResponse.redirect(login);
});

/** API routes answer for themselves (webhooks, the feed and the simulator are not signed-in
 * browsers; the rest return 401 rather than a login page); files, the login page, set-up and
 * one-time links are for people who have no session yet. */
function needsSignIn(pathname: string): boolean {
  return !/^\/(api\/|_next\/|favicon\.ico$|icon\.svg$|login(\/|$)|setup(\/|$)|invite\/)/.test(pathname);
}

/**
 * Every request passes here: it gets an id (quoted on error pages and in logs) and the security
 * headers, with a fresh script nonce that Next reads from the request's CSP and puts on its scripts.
 */
export async function proxy(request: NextRequest, event: NextFetchEvent) {
  const requestId = newRequestId();
  const nonce = newNonce();
  const csp = contentSecurityPolicy({ nonce, dev: !isProduction() });

  // A NUL in the query string would reach SQL (search, filters) and fail there with a 500.
  const nulField = findNulSearchParam(request.nextUrl.searchParams);
  if (nulField) {
    const refusal = Response.json({ error: nulMessage(nulField), field: nulField, request_id: requestId }, { status: 400 });
    return withHeaders(refusal, requestId, csp);
  }

  let gate: Response | null = null;
  if (needsSignIn(request.nextUrl.pathname)) {
    gate = ((await signInGate(request, event as never)) as Response | undefined) ?? null;
    if (gate && gate.status >= 300 && gate.status < 400) return withHeaders(gate, requestId, csp);
  }

  const forwarded = new Headers(request.headers);
  forwarded.set(REQUEST_ID_HEADER, requestId);
  forwarded.set("x-nonce", nonce);
  forwarded.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: forwarded } });
  // A refreshed session cookie from the gate.
  for (const cookie of gate?.headers.getSetCookie() ?? []) response.headers.append("set-cookie", cookie);
  return withHeaders(response, requestId, csp);
}

function withHeaders(response: Response, requestId: string, csp: string): Response {
  for (const [name, value] of Object.entries(securityHeaders({ production: isProduction() }))) response.headers.set(name, value);
  response.headers.set("content-security-policy", csp);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

// Requests with a body skip the proxy: Next reads a body to its end before a proxy runs (up to
// proxyClientMaxBodySize), and the webhook and feed routes must refuse an oversized body after
// their cap, not after 10 MB. Those routes stamp their own request id (lib/http/route.ts), actions
// theirs (memberAction), and next.config's headers() gives them the static security headers.
export const config = {
  matcher: [
    {
      source: "/:path*",
      missing: [
        { type: "header", key: "content-length" },
        { type: "header", key: "transfer-encoding" },
      ],
    },
  ],
};
