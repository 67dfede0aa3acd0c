/** The id a user can quote from an error; the proxy gives every request one, and logs carry it. */
export const REQUEST_ID_HEADER = "x-request-id";

const REQUEST_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function newRequestId(): string {
  return crypto.randomUUID();
}

/**
 * The id the proxy gave this request, or null. Requests with a body skip the proxy (proxy.ts), so
 * there the header is whatever the client sent: only an id of our own shape is taken, never text
 * a client chose to have echoed into answers and logs.
 */
export function requestIdOf(headers: Headers): string | null {
  const id = headers.get(REQUEST_ID_HEADER);
  return id && REQUEST_ID.test(id) ? id : null;
}
