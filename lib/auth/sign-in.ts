// From @auth/core (what next-auth re-exports): importing next-auth itself pulls in React client code.
import { CredentialsSignin } from "@auth/core/errors";
import { checkPassword } from "./credentials";
import { checkSignInAllowed, recordSignInResult } from "./sign-in-throttle";

/** Too many attempts: `code` carries the wait to the login form and the auth route (next-auth puts it in the URL). */
export class SignInThrottled extends CredentialsSignin {
  constructor(readonly retryAfterSeconds: number) {
    super();
    this.code = `throttled-${retryAfterSeconds}`;
  }
}

/** The wait a failed sign-in's code carries, if it was throttled. */
export function throttledSeconds(code: string | null | undefined): number | null {
  const m = code ? /^throttled-(\d+)$/.exec(code) : null;
  return m ? Number(m[1]) : null;
}

/**
 * The one sign-in path (the form's action and next-auth's callback route both end here): the
 * throttle, the password, then the failure count and audit. The same steps run for an unknown
 * email, so neither the answer nor its timing tells whether an account exists.
 */
export async function authorizeSignIn({ email, password, address }: { email: string; password: string; address: string }) {
  const gate = await checkSignInAllowed({ email, address });
  if (!gate.ok) throw new SignInThrottled(gate.retryAfterSeconds);
  const { user, ok } = await checkPassword(email, password);
  await recordSignInResult({ email, address, userId: user?.id ?? null, ok });
  return ok ? user : null;
}
