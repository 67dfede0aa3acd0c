import type { ActionResult } from "@/lib/actions/result";

/**
 * The browser's side of memberRoute: a GET with the input as search params, answered with the
 * one result type. A network failure becomes a failed result, never an exception.
 */
export async function readRoute<T>(
  path: string,
  params: Record<string, string> = {},
  init: { signal?: AbortSignal } = {},
): Promise<ActionResult<T>> {
  const query = new URLSearchParams(params).toString();
  try {
    const response = await fetch(query ? `${path}?${query}` : path, { signal: init.signal, headers: { Accept: "application/json" } });
    return (await response.json()) as ActionResult<T>;
  } catch (error) {
    if (init.signal?.aborted) throw error;
    return { ok: false, error: "Could not reach the server. Check the connection and try again." };
  }
}
