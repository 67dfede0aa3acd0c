import type { NextAuthConfig } from "next-auth";

/**
 * The part of the auth setup the proxy needs: no database, no password hashing. The proxy only
 * turns anonymous visitors away; every page, action and route checks membership itself.
 */
export const authConfig = {
  trustHost: true,
  // A fixed secret only outside production, so `npm run dev` works on a fresh clone; production
  // (next start) refuses to run without AUTH_SECRET.
  secret: process.env.AUTH_SECRET || (process.env.NODE_ENV === "production" ? undefined : "callboard-dev-only-secret"),
  pages: { signIn: "/login" },
  // The cookie may outlive its session: the sessions table decides (12 h absolute, 8 h idle).
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  providers: [],
  callbacks: {
    authorized({ auth }) {
      return Boolean(auth?.user);
    },
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sid = (user as { sessionId?: string }).sessionId;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      // The server-side session row; useless without the signed cookie, checked on every request.
      if (typeof token.sid === "string") (session as { sessionId?: string }).sessionId = token.sid;
      return session;
    },
  },
} satisfies NextAuthConfig;
