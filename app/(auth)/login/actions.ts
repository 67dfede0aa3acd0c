"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/auth";
import { throttledSeconds } from "@/lib/auth/sign-in";
import { retryAfterText } from "@/lib/auth/sign-in-throttle";

const loginSchema = z.object({
  email: z.string().trim().email("Enter your work email"),
  password: z.string().min(1, "Enter your password"),
  callbackUrl: z.string().optional(),
});

export type LoginState = { error?: string; email?: string; retryAfterSeconds?: number };

/** Only same-site paths: a login link must not send people elsewhere afterwards. */
function safeRedirect(target: string | undefined): string {
  return target && target.startsWith("/") && !target.startsWith("//") ? target : "/board";
}

export async function loginAction(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const parsed = loginSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: parsed.error.issues[0].message, email: String(formData.get("email") ?? "") };
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeRedirect(parsed.data.callbackUrl),
    });
    return {};
  } catch (error) {
    // signIn reports success by throwing a redirect; only an AuthError is a failed login. A
    // throttled one carries its wait in the code (see SignInThrottled).
    const wait = error instanceof AuthError ? throttledSeconds((error as AuthError & { code?: string }).code) : null;
    if (wait !== null) {
      return {
        error: `Too many sign-in attempts. Wait ${retryAfterText(wait)}, then try again.`,
        email: parsed.data.email,
        retryAfterSeconds: wait,
      };
    }
    if (error instanceof AuthError) return { error: "That email and password do not match.", email: parsed.data.email };
    throw error;
  }
}
