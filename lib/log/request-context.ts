import { AsyncLocalStorage } from "node:async_hooks";

type RequestContext = { requestId: string };

// On globalThis: Next bundles instrumentation, routes and actions apart, and all must share it.
const globalForContext = globalThis as unknown as { callboardRequestContext?: AsyncLocalStorage<RequestContext> };
const storage = (globalForContext.callboardRequestContext ??= new AsyncLocalStorage<RequestContext>());

/** Runs `fn` with a request id every log line inside it carries. */
export function withRequestId<T>(requestId: string, fn: () => T): T {
  return storage.run({ requestId }, fn);
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
