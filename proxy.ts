import NextAuth from "next-auth";
import { authConfig } from "./auth.config";

const { auth } = NextAuth(authConfig);

/** Turns anonymous visitors to the login page; real checks happen in every page and action. */
export const proxy = auth;

// API routes answer for themselves (webhooks, the missed-call feed and the simulator are not
// signed-in browsers; the rest return 401 rather than a login page). Set-up and one-time links
// are for people who have no session yet.
export const config = {
  matcher: ["/((?!api/|_next/|favicon.ico|login|setup|invite/).*)"],
};
