import { getToken } from "next-auth/jwt";
import { authConfig } from "@/auth.config";
import type { CookieSession } from "./member-of-session";

/**
 * Reads the session cookie the way next-auth wrote it, outside Next (the plain live-stream
 * server): the `__Secure-` name behind https, the plain one on http, either possibly split into
 * chunks. Only the Cookie header counts; a bearer token is not a session here.
 */
export async function sessionOfCookieHeader(cookieHeader: string | undefined): Promise<CookieSession | null> {
  const secret = authConfig.secret;
  if (!cookieHeader || !secret) return null;
  const req = { headers: new Headers({ cookie: cookieHeader }) };
  for (const secureCookie of [true, false]) {
    const token = await getToken({ req, secret, secureCookie, logger: { error() {}, warn() {}, debug() {} } as never });
    if (token) return { userId: token.sub, sessionId: token.sid };
  }
  return null;
}

/** One cookie's value from a Cookie header. */
export function cookieValue(cookieHeader: string | undefined, name: string): string | undefined {
  for (const part of (cookieHeader ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq <= 0 || part.slice(0, eq).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      return undefined;
    }
  }
  return undefined;
}
