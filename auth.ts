import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authConfig } from "./auth.config";
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
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const user = await authorizeSignIn({ ...parsed.data, address: clientAddress(request.headers) });
        return user ? { id: user.id, email: user.email, name: user.name } : null;
      },
    }),
  ],
});
