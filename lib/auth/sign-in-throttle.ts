import { createHash } from "node:crypto";
import { clearSignInFailures, findSignInBlock, recordSignInAudit, recordSignInFailure } from "@/db/queries/rate-limits";
import { hitLimit } from "@/lib/rate-limit/limits";

/** Failures an account may have before each further one makes it wait, doubling from 30 s to 15 min. */
export const SIGN_IN_BACKOFF = { freeFailures: 5, baseSeconds: 30, maxSeconds: 15 * 60 } as const;

/** Keyed by the email as typed (lower-cased), known or not: the answer reveals no account. */
function accountKey(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("hex");
}

function auditEmail(email: string): string {
  return email.trim().toLowerCase().replaceAll("\u0000", "").slice(0, 320);
}

export type SignInGate = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Before a password is checked: at most 10 attempts a minute from one address, and none while the
 * account is in its backoff. Both live in PostgreSQL, so they hold across app instances.
 */
export async function checkSignInAllowed({ email, address }: { email: string; address: string }): Promise<SignInGate> {
  const perAddress = await hitLimit("signInPerAddress", address);
  const blockedUntil = await findSignInBlock({ accountKey: accountKey(email) });
  const waits = [
    perAddress.allowed ? 0 : perAddress.retryAfterSeconds,
    blockedUntil ? Math.ceil((blockedUntil.getTime() - Date.now()) / 1000) : 0,
  ];
  const retryAfterSeconds = Math.max(...waits);
  if (retryAfterSeconds <= 0) return { ok: true };
  await recordSignInAudit({ email: auditEmail(email), userId: null, address, outcome: "throttled" });
  return { ok: false, retryAfterSeconds };
}

/** After the password check: a success clears the account's failures; a failure is counted and audited. */
export async function recordSignInResult({
  email,
  address,
  userId,
  ok,
}: {
  email: string;
  address: string;
  userId: string | null;
  ok: boolean;
}) {
  const key = accountKey(email);
  if (ok) {
    await clearSignInFailures({ accountKey: key });
    return;
  }
  await recordSignInFailure({ accountKey: key, ...SIGN_IN_BACKOFF });
  await recordSignInAudit({ email: auditEmail(email), userId, address, outcome: "failed" });
}

/** "Try again in 40 seconds" / "in 3 minutes". */
export function retryAfterText(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
