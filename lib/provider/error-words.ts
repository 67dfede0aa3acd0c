/**
 * A provider's refusal in words a dispatcher can act on; the provider's own code and message go
 * in small print beside it (CONTRACT.md §1 error table).
 */

export type RefusalKind = "credentials" | "conflict" | "request" | "provider";

export type Refusal = { kind: RefusalKind; text: string };

export function explainRefusal({ httpStatus, code }: { httpStatus: number | null; code: string }): Refusal {
  if (httpStatus === 401 || httpStatus === 403) {
    return {
      kind: "credentials",
      text: "The provider refused our account, so the call was not placed. Nothing is wrong with this call: an admin has been alerted to fix the account.",
    };
  }
  if (httpStatus === 409)
    return { kind: "conflict", text: "The provider already has a call for this request, so it did not place another." };
  if (httpStatus === 404 || code === "assistant_not_found") {
    return {
      kind: "request",
      text: "The provider does not know this assistant. Choose another assistant, or ask an admin to check its provider ID.",
    };
  }
  if (code === "number_unreachable")
    return { kind: "request", text: "The provider cannot reach this number. Check the number with the customer." };
  if (httpStatus === 400 || httpStatus === 422) {
    return { kind: "request", text: "The provider could not accept the call's details. Check the number and the details, then try again." };
  }
  if (httpStatus === 429)
    return { kind: "provider", text: "The provider is taking too many calls at once and did not take this one. Try again in a minute." };
  if (httpStatus !== null && httpStatus >= 300 && httpStatus < 400) {
    return { kind: "provider", text: "The provider's address is set up wrong, so the call was not placed. Tell an admin." };
  }
  if (httpStatus !== null && httpStatus >= 500) {
    return {
      kind: "provider",
      text: "The provider could not take the call and said trying again will not help. Try later, or tell an admin if it keeps happening.",
    };
  }
  return { kind: "request", text: "The provider refused the call." };
}

/** "number_unreachable · HTTP 422 · The number is not reachable" */
export function smallPrint({ httpStatus, code, message }: { httpStatus: number | null; code: string; message: string }): string {
  return [code, httpStatus !== null ? `HTTP ${httpStatus}` : null, message.trim() || null].filter(Boolean).join(" · ");
}
