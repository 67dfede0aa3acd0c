/** The id a user can quote from an error; the proxy gives every request one, and logs carry it. */
export const REQUEST_ID_HEADER = "x-request-id";

export function newRequestId(): string {
  return crypto.randomUUID();
}

/** The id the proxy gave this request (absent only when a test calls a handler directly). */
export function requestIdOf(headers: Headers): string | null {
  return headers.get(REQUEST_ID_HEADER);
}
