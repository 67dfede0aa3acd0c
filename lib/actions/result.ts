/**
 * The one shape every server action returns. Expected failures are values, not exceptions; `code`
 * and `allowedAt` let a form offer the next step (schedule for later, confirm a duplicate);
 * `callId` names the blocked call a refusal was kept as.
 */
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors?: Record<string, string>; code?: string; allowedAt?: string; callId?: string };

export function ok<T>(data: T): ActionResult<T> {
  return { ok: true, data };
}

export function fail(
  error: string,
  fieldErrors?: Record<string, string>,
  extra: { code?: string; allowedAt?: string; callId?: string } = {},
): ActionResult<never> {
  return { ok: false, error, ...(fieldErrors ? { fieldErrors } : {}), ...extra };
}
