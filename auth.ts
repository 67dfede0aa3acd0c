import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authConfig } from "./auth.config";
import { endSession, startSession } from "@/lib/auth/sessions";
import { authorizeSignIn } from "@/lib/auth/sign-in";
import { clientAddress } from "@/lib/http/client-address";
import { log } from "@/lib/log/logger";

const credentialsSchema = z.object({ email: z.string().trim().email(), password: z.string().min(1) });

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  logger: {
    // A wrong password is an expected outcome, shown on the form (and audited); logging its stack
    // trace for every failed login would bury real errors.
    error(error) {
      if (error.name === "CredentialsSignin" || (error as { type?: string }).type === "CredentialsSignin") return;
      log.error({ err: error }, "auth error");
    },
  },
  events: {
    // However the sign-out comes (the header's button or /api/auth/signout), the session ends here.
    async signOut(message) {
      const sessionId = "token" in message ? message.token?.sid : undefined;
      if (typeof sessionId === "string") await endSession({ sessionId, reason: "sign_out" });
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const user = await authorizeSignIn({ ...parsed.data, address: clientAddress(request.headers) });
        if (!user) return null;
        // The cookie carries this server-side session's id; checkMember looks it up on every request.
        const sessionId = await startSession({ userId: user.id, userAgent: request?.headers?.get("user-agent") });
        return { id: user.id, email: user.email, name: user.name, sessionId };
      },
    }),
  ],
});
