"use server";

import { timingSafeEqual } from "node:crypto";
import { signIn } from "@/auth";
import { publicAction } from "@/lib/actions/public-action";
import { fail } from "@/lib/actions/result";
import { env } from "@/lib/env";
import { completeSetup, needsSetup } from "@/lib/setup/complete-setup";
import { setupSchema } from "@/lib/validation/setup";

function codeMatches(given: string | undefined, expected: string): boolean {
  const a = Buffer.from(given ?? "");
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** First-run set-up: exists only while the install has no workspace; then signs the new admin in. */
export const setupAction = publicAction({ name: "setup", schema: setupSchema }, async (values) => {
  if (!(await needsSetup())) return fail("This install is already set up. Sign in instead.", undefined, { code: "already_set_up" });
  const expected = env().SETUP_TOKEN;
  if (expected && !codeMatches(values.setupCode, expected)) {
    return fail("Check the highlighted fields.", { setupCode: "That set-up code is not the one this install was started with" });
  }
  const result = await completeSetup(values);
  if (!result.ok) {
    return result.reason === "weak_password"
      ? fail("Check the highlighted fields.", { password: result.message })
      : fail(result.message, undefined, { code: result.reason });
  }
  await signIn("credentials", { email: values.adminEmail, password: values.password, redirectTo: "/settings/people?welcome=1" });
  return fail("Signed up, but signing in failed: sign in with your new account.");
});
